package ca.quorum.records.application;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.records.application.SearchOutbox.Kind;
import ca.quorum.search.RecordIndex;
import ca.quorum.search.SearchDocument;
import ca.quorum.shared.infrastructure.SearchEngine;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Indexes a batch of due outbox rows per call, in a transaction of its own that holds the rows (skipping rows
 * another indexer holds): each record's documents replace its old ones in one bulk write, then the rows are done.
 * When a record's documents cannot be built (a file cannot be read) only its row waits; when the search engine
 * cannot be written (it is down) every row of the batch waits. Each wait is longer than the last, up to five
 * minutes, and the row is tried again; nothing is lost.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IndexingWork {

    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @EJB
    RecordDocuments documents;

    @EJB
    SearchEngine engine;

    private record Row(long id, String tenant, Kind kind, long recordId, int attempts) {
    }

    /** Indexes the next due rows; the number taken (0 when none is due). */
    public int indexNext() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("select id, tenant, record_type, record_id, attempts from "
                + "search_outbox where done_at is null and next_attempt_at <= now() order by id limit " + BATCH
                + " for update skip locked").getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<Row> rows = due.stream().map(r -> new Row(((Number) r[0]).longValue(), (String) r[1],
                Kind.valueOf((String) r[2]), ((Number) r[3]).longValue(), ((Number) r[4]).intValue())).toList();
        List<Row> built = new ArrayList<>();
        List<SearchDocument> writes = new ArrayList<>();
        List<String> deletions = new ArrayList<>();
        Set<Long> waiting = new HashSet<>();
        try {
            RecordIndex index = new RecordIndex(engine.connection());
            index.ensure();
            // the documents each record has now, one search per municipality and kind in the batch
            Map<String, Map<Long, List<String>>> existing = new HashMap<>();
            rows.stream().collect(Collectors.groupingBy(r -> r.tenant() + "\u0000" + r.kind().name(),
                    Collectors.mapping(Row::recordId, Collectors.toSet()))).forEach((key, ids) -> {
                        String[] parts = key.split("\u0000");
                        existing.put(key, index.idsOf(parts[0], parts[1], ids));
                    });
            for (Row row : rows) {
                List<SearchDocument> docs;
                try {
                    docs = TenantContext.callAs(row.tenant(), () -> documents.of(row.kind(), row.recordId()));
                } catch (RuntimeException e) {
                    retryLater(row, e);
                    waiting.add(row.id());
                    continue;
                }
                Set<String> stale = new HashSet<>(existing.get(row.tenant() + "\u0000" + row.kind().name())
                        .getOrDefault(row.recordId(), List.of()));
                docs.forEach(d -> stale.remove(d.id()));
                writes.addAll(docs);
                deletions.addAll(stale);
                built.add(row);
            }
            index.write(writes, deletions);
            for (Row row : built) {
                em.createNativeQuery("update search_outbox set done_at = now(), attempts = ?1, last_error = null "
                        + "where id = ?2").setParameter(1, row.attempts() + 1).setParameter(2, row.id())
                        .executeUpdate();
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
