package ca.quorum.records.application;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.shared.tenant.TenantContext;

/**
 * Asks for a record to be (re)indexed, in the caller's transaction: the row exists exactly when the publication
 * committed, so nothing is indexed for a rolled-back transaction and nothing published is forgotten.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SearchOutbox {

    /** The kinds of record indexed, and the id each is known by. */
    public enum Kind {
        /** The latest published agenda of a meeting (id: the meeting). */
        AGENDA,
        /** The latest published packet of a meeting (id: the meeting). */
        PACKET,
        /** Adopted minutes (id: the minutes). */
        MINUTES,
        /** An enacted by-law (id: the by-law). */
        BYLAW
    }

    @PersistenceContext
    EntityManager em;

    public void enqueue(Kind kind, long recordId) {
        Instant now = Instant.now();
        em.createNativeQuery("insert into search_outbox (tenant, record_type, record_id, created_at, next_attempt_at) "
                + "values (?1, ?2, ?3, ?4, ?4)").setParameter(1, TenantContext.require()).setParameter(2, kind.name())
                .setParameter(3, recordId).setParameter(4, java.sql.Timestamp.from(now)).executeUpdate();
    }
}
