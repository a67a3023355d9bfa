package ca.quorum.discovery.application;

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

    /**
     * The kinds of record indexed, the id each is known by, and the types of search document each becomes (every
     * document of a record carries the record's id, so a record's documents are replaced together).
     */
    public enum Kind {
        /** The latest published agenda of a meeting (id: the meeting): its PDFs, items, reports, attachments. */
        AGENDA("AGENDA", "AGENDA_ITEM", "REPORT", "ATTACHMENT"),
        /** The latest published packet of a meeting (id: the meeting). */
        PACKET("PACKET"),
        /** Adopted minutes (id: the minutes). */
        MINUTES("MINUTES"),
        /** An enacted by-law (id: the by-law). */
        BYLAW("BYLAW"),
        /** The motions of an adjourned meeting with their results (id: the meeting). */
        MEETING("MOTION");

        private final java.util.List<String> documentTypes;

        Kind(String... documentTypes) {
            this.documentTypes = java.util.List.of(documentTypes);
        }

        public java.util.List<String> documentTypes() {
            return documentTypes;
        }
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
