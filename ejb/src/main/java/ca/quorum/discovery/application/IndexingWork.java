package ca.quorum.discovery.application;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.discovery.application.SearchOutbox.Kind;
import ca.quorum.search.RecordIndex;
import ca.quorum.search.SearchDocument;
import ca.quorum.shared.infrastructure.SearchEngine;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Indexes a batch of due outbox rows per call, in a transaction of its own that holds the rows (skipping rows
 * another indexer holds). Rows are shared among the indexers by record ({@code record_id mod workers}), so one record's
 * rows are always indexed by the same indexer, in order. A batch's records are read together (a few queries per
 * municipality and kind, not per record); each record's documents replace its old ones in bulk writes; then the rows
 * are done, in one statement. When a record's documents cannot be built (a file cannot be read) only its rows wait;
 * when the search engine cannot be written (it is down) every row of the batch waits. Each wait is longer than the
 * last, up to five minutes, and the row is tried again; nothing is lost.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IndexingWork {

    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    static final int BATCH = 1000;
    /** Records read together: many small ones (by-laws, minutes), few of those with many pages (packets). */
    static final Map<Kind, Integer> RECORDS_PER_READ = Map.of(Kind.BYLAW, BATCH, Kind.MINUTES, 100, Kind.AGENDA, 5,
            Kind.PACKET, 2, Kind.MEETING, 10);

    @PersistenceContext
    EntityManager em;

    @EJB
    RecordDocuments documents;

    @EJB
    SearchEngine engine;

    private record Row(long id, String tenant, Kind kind, long recordId, int attempts) {
    }

    private record Group(String tenant, Kind kind) {
    }

    /**
     * Indexes the next due rows of this indexer's share; the number taken (0 when none is due).
     *
     * @param worker  this indexer, from 0
     * @param workers how many indexers share the outbox
     */
    public int indexNext(int worker, int workers) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("select id, tenant, record_type, record_id, attempts from "
                + "search_outbox where done_at is null and next_attempt_at <= now() and mod(record_id, ?1) = ?2 "
                + "order by id limit " + BATCH + " for update skip locked").setParameter(1, workers)
                .setParameter(2, worker).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<Row> rows = due.stream().map(r -> new Row(((Number) r[0]).longValue(), (String) r[1],
                Kind.valueOf((String) r[2]), ((Number) r[3]).longValue(), ((Number) r[4]).intValue())).toList();
        // the rows by municipality and kind, then by record (a record may have several rows waiting)
        Map<Group, Map<Long, List<Row>>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(new Group(r.tenant(), r.kind()), g -> new LinkedHashMap<>())
                .computeIfAbsent(r.recordId(), id -> new ArrayList<>()).add(r));
        Set<Long> waiting = new HashSet<>(); // rows whose record could not be read
        List<Long> done = new ArrayList<>();
        try {
            RecordIndex index = new RecordIndex(engine.connection());
            index.ensure();
            for (Map.Entry<Group, Map<Long, List<Row>>> group : groups.entrySet()) {
                List<Long> ids = List.copyOf(group.getValue().keySet());
                int step = RECORDS_PER_READ.get(group.getKey().kind());
                for (int from = 0; from < ids.size(); from += step) {
                    for (long indexed : index(index, group.getKey(), ids.subList(from, Math.min(ids.size(),
                            from + step)), group.getValue(), waiting)) {
                        group.getValue().get(indexed).forEach(r -> done.add(r.id()));
                    }
                }
            }
            if (!done.isEmpty()) {
                em.createNativeQuery("update search_outbox set done_at = now(), attempts = attempts + 1, "
                        + "last_error = null where id in (?1)").setParameter(1, done).executeUpdate();
            }
        } catch (RuntimeException e) {
            for (Row row : rows) {
                if (!waiting.contains(row.id())) {
                    retryLater(row, e);
                }
            }
        }
        return rows.size();
    }

    /** Reads and writes some records of one municipality and kind; the ids of those indexed. */
    private Set<Long> index(RecordIndex index, Group group, List<Long> ids, Map<Long, List<Row>> rowsByRecord,
            Set<Long> waiting) {
        Map<Long, List<SearchDocument>> docs = new LinkedHashMap<>();
        try {
            docs.putAll(TenantContext.callAs(group.tenant(), () -> documents.of(group.kind(), ids)));
        } catch (RuntimeException e) {
            for (long id : ids) { // one at a time, to find the record that cannot be read
                try {
                    docs.putAll(TenantContext.callAs(group.tenant(), () -> documents.of(group.kind(), List.of(id))));
                } catch (RuntimeException one) {
                    for (Row r : rowsByRecord.get(id)) {
                        retryLater(r, one);
                        waiting.add(r.id());
                    }
                }
            }
        }
        if (docs.isEmpty()) {
            return Set.of();
        }
        Map<Long, List<String>> existing = index.idsOf(group.tenant(), group.kind().documentTypes(), docs.keySet());
        List<SearchDocument> writes = new ArrayList<>();
        List<String> deletions = new ArrayList<>();
        docs.forEach((id, current) -> {
            Set<String> stale = new HashSet<>(existing.get(id));
            current.forEach(d -> stale.remove(d.id()));
            writes.addAll(current);
            deletions.addAll(stale);
        });
        index.write(writes, deletions);
        return docs.keySet();
    }

    private void retryLater(Row row, RuntimeException e) {
        Duration wait = Duration.ofSeconds(Math.min(LONGEST_WAIT.toSeconds(), 1L << Math.min(row.attempts() + 1, 16)));
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        em.createNativeQuery("update search_outbox set attempts = ?1, next_attempt_at = ?2, last_error = ?3 "
                + "where id = ?4").setParameter(1, row.attempts() + 1)
                .setParameter(2, Timestamp.from(Instant.now().plus(wait)))
                .setParameter(3, reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                .setParameter(4, row.id()).executeUpdate();
    }
}
