package ca.quorum.records.application;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * Indexes one due outbox row per call, in a transaction of its own that holds the row (skipping rows another
 * indexer holds): the record's documents replace its old ones, then the row is done. When anything fails (the
 * search engine is down, a file cannot be read) the row waits longer each time, up to five minutes, and is tried
 * again; nothing is lost.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IndexingWork {

    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @EJB
    RecordDocuments documents;

    @EJB
    SearchEngine engine;

    /** Indexes the next due row; false when none is due. */
    public boolean indexNext() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("select id, tenant, record_type, record_id, attempts from "
                + "search_outbox where done_at is null and next_attempt_at <= now() order by id limit 1 "
                + "for update skip locked").getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Object[] row = due.get(0);
        long id = ((Number) row[0]).longValue();
        String tenant = (String) row[1];
        Kind kind = Kind.valueOf((String) row[2]);
        long recordId = ((Number) row[3]).longValue();
        int attempts = ((Number) row[4]).intValue();
        try {
            List<SearchDocument> docs = TenantContext.callAs(tenant, () -> documents.of(kind, recordId));
            RecordIndex index = new RecordIndex(engine.connection());
            index.ensure();
            Set<String> stale = new HashSet<>(index.idsOf(tenant, kind.name(), recordId));
            docs.forEach(d -> stale.remove(d.id()));
            index.write(docs, List.copyOf(stale));
            em.createNativeQuery("update search_outbox set done_at = now(), attempts = ?1, last_error = null "
                    + "where id = ?2").setParameter(1, attempts + 1).setParameter(2, id).executeUpdate();
        } catch (RuntimeException e) {
            Duration wait = Duration.ofSeconds(Math.min(LONGEST_WAIT.toSeconds(), 1L << Math.min(attempts, 16)));
            String reason = (e.getClass().getSimpleName() + ": " + e.getMessage());
            em.createNativeQuery("update search_outbox set attempts = ?1, next_attempt_at = ?2, last_error = ?3 "
                    + "where id = ?4").setParameter(1, attempts + 1)
                    .setParameter(2, Timestamp.from(Instant.now().plus(wait)))
                    .setParameter(3, reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                    .setParameter(4, id).executeUpdate();
        }
        return true;
    }
}
