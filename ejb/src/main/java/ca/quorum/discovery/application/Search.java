package ca.quorum.discovery.application;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.discovery.application.SearchOutbox.Kind;
import ca.quorum.search.Access;
import ca.quorum.search.RecordIndex;
import ca.quorum.search.SearchQuery;
import ca.quorum.search.SearchResults;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.shared.infrastructure.SearchEngine;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Searching the current municipality's records. The public search finds public documents only, whatever it is
 * asked; the FOI officer's finds closed and restricted ones too. Also the operations: reindexing from the database
 * and the consistency check.
 */
@Stateless
public class Search {

    @jakarta.ejb.EJB
    ClosedRecordReads closedReads;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Search.class.getName());
    private static volatile boolean indexReady;

    @PersistenceContext
    EntityManager em;

    @EJB
    SearchEngine engine;

    @EJB
    SearchOutbox outbox;

    /** The public search: the access level is fixed here, never taken from the caller. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // the index only: no database transaction
    public SearchResults publicSearch(SearchQuery query) {
        return run(query, EnumSet.of(Access.PUBLIC));
    }

    @RolesAllowed(Roles.FOI_OFFICER)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // the index only: no database transaction
    public SearchResults foiSearch(SearchQuery query) {
        SearchResults results = run(query, EnumSet.allOf(Access.class));
        noteClosedHits("search", query, results.hits());
        return results;
    }

    /**
     * Every record a search finds, closed ones included (up to 1,000 hits), as (document type, record id): what a
     * legal hold by saved search fixes. Nothing of the hits' content leaves this method.
     */
    @RolesAllowed({Roles.FOI_OFFICER, Roles.RECORDS_MANAGER})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SearchResults.Hit> everyHit(String text) {
        List<SearchResults.Hit> hits = new java.util.ArrayList<>();
        for (int page = 0; page < 10; page++) {
            SearchResults results = run(new SearchQuery(TenantContext.require(), EnumSet.allOf(Access.class), text,
                    java.util.Set.of(), java.util.Set.of(), null, null, null, false, page, 100),
                    EnumSet.allOf(Access.class));
            hits.addAll(results.hits());
            if ((long) (page + 1) * 100 >= results.total()) {
                break;
            }
        }
        return hits;
    }

    /** The FOI officer's closed hits (titles and passages of closed records) are reads of closed material. */
    private void noteClosedHits(String how, SearchQuery query, List<SearchResults.Hit> hits) {
        List<String> closed = hits.stream().filter(h -> h.access() == Access.CLOSED).map(SearchResults.Hit::id)
                .toList();
        if (!closed.isEmpty()) {
            closedReads.noteIfFoi("search", 0, how + " \"" + (query.text() == null ? "" : query.text()) + "\": "
                    + closed.size() + " closed: " + String.join(", ", closed.subList(0, Math.min(50,
                            closed.size()))));
        }
    }

    /**
     * The FOI officer's results as CSV (up to 1,000 rows): access level, type, title, page, body, meeting date, item,
     * link and the first matching passage as plain text.
     */
    @RolesAllowed(Roles.FOI_OFFICER)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // the index only: no database transaction
    public void foiCsv(SearchQuery asked, java.io.Writer out) throws java.io.IOException {
        try (org.apache.commons.csv.CSVPrinter csv = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader("access", "type", "title", "page", "body", "meeting_date", "item", "link", "passage")
                .get().print(out)) {
            List<SearchResults.Hit> exported = new java.util.ArrayList<>();
            for (int page = 0; page < 10; page++) {
                SearchResults results = run(new SearchQuery(asked.municipality(), asked.access(), asked.text(),
                        asked.types(), asked.bodies(), asked.year(), asked.from(), asked.to(), asked.newestFirst(),
                        page, 100), EnumSet.allOf(Access.class));
                exported.addAll(results.hits());
                for (SearchResults.Hit hit : results.hits()) {
                    csv.printRecord(hit.access(), hit.type(), cell(hit.title()), hit.page(), cell(hit.body()),
                            hit.meetingDate(), cell(hit.itemNumber()), hit.link(), cell(hit.snippets().isEmpty() ? ""
                                    : org.jsoup.parser.Parser.unescapeEntities(hit.snippets().get(0)
                                            .replace("<mark>", "").replace("</mark>", ""), false)));
                }
                if ((long) (page + 1) * 100 >= results.total()) {
                    break;
                }
            }
            noteClosedHits("CSV export", asked, exported);
        }
    }

    /** A text cell a spreadsheet will not run as a formula. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private SearchResults run(SearchQuery asked, Set<Access> access) {
        SearchQuery query = new SearchQuery(TenantContext.require(), access, asked.text(), asked.types(),
                asked.bodies(), asked.year(), asked.from(), asked.to(), asked.newestFirst(), asked.page(),
                asked.size());
        try {
            RecordIndex index = new RecordIndex(engine.connection());
            if (!indexReady) {
                index.ensure(); // before anything was ever indexed, an empty index answers "no results"
                indexReady = true;
            }
            return index.search(query);
        } catch (RuntimeException e) {
            indexReady = false;
            LOG.log(java.util.logging.Level.WARNING, "search failed", e);
            throw RuleViolation.because("search.searchIsNotAvailableAtThe");
        }
    }

    /**
     * Rebuilds the current municipality's part of the index from the database: every published record is queued
     * again (the indexer replaces each record's documents).
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SYSTEM})
    public int reindex() {
        int queued = 0;
        for (Map.Entry<Kind, List<Long>> records : publishedRecords().entrySet()) {
            for (long id : records.getValue()) {
                outbox.enqueue(records.getKey(), id);
                queued++;
            }
        }
        return queued;
    }

    /** Deletes the whole index (every municipality's part); {@link #reindex} fills it again from the database. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SYSTEM})
    public void dropIndex() {
        RecordIndex index = new RecordIndex(engine.connection());
        index.drop();
        index.ensure();
    }

    /** Records in the database and records in the index, per type, for the current municipality. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SYSTEM})
    public Map<String, long[]> consistency() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        RecordIndex index = new RecordIndex(engine.connection());
        index.ensure();
        index.refresh(); // what was written a moment ago counts too
        publishedRecords().forEach((kind, ids) -> {
            long indexed = 0;
            for (int from = 0; from < ids.size(); from += 1_000) { // one aggregation per thousand records
                indexed += index.indexedRecords(TenantContext.require(), kind.documentTypes(),
                        ids.subList(from, Math.min(ids.size(), from + 1_000))).size();
            }
            counts.put(kind.name(), new long[] {ids.size(), indexed});
        });
        return counts;
    }

    private Map<Kind, List<Long>> publishedRecords() {
        Map<Kind, List<Long>> records = new LinkedHashMap<>();
        // what is kept: a destroyed agenda revision, and the packet built from it, are in the index no more
        records.put(Kind.AGENDA, em.createQuery("select distinct r.meetingId from AgendaRevision r where "
                + "r.destroyedUnder is null", Long.class).getResultList());
        records.put(Kind.PACKET, em.createQuery("select distinct p.meetingId from AgendaPacket p where p.status = "
                + "ca.quorum.meeting.domain.PacketStatus.PUBLISHED and exists (select r.id from AgendaRevision r "
                + "where r.meetingId = p.meetingId and r.number = p.revision and r.destroyedUnder is null)",
                Long.class).getResultList());
        records.put(Kind.MINUTES, em.createQuery("select m.id from Minutes m where m.status = "
                + "ca.quorum.meeting.domain.minutes.MinutesStatus.ADOPTED", Long.class).getResultList());
        records.put(Kind.BYLAW, em.createQuery("select b.id from ByLaw b", Long.class).getResultList());
        // adjourned meetings at which a motion was moved
        records.put(Kind.MEETING, em.createQuery("select distinct e.meetingId from LoggedEvent e where e.type = "
                + "'MotionMoved' and e.meetingId in (select a.meetingId from LoggedEvent a where a.type = 'Adjourned')",
                Long.class).getResultList());
        return records;
    }
}
