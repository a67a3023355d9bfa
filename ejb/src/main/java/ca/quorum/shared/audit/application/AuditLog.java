package ca.quorum.shared.audit.application;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.shared.audit.domain.AuditChain;
import ca.quorum.shared.audit.domain.AuditEntry;
import ca.quorum.shared.audit.domain.AuditHead;
import ca.quorum.shared.audit.domain.AuditRecord;
import ca.quorum.shared.audit.domain.CanonicalJson;
import ca.quorum.shared.audit.domain.ChainVerification;
import ca.quorum.shared.tenant.TenantContext;

/**
 * The current municipality's audit chain. {@link #record} joins the caller's transaction, so an entry exists exactly
 * when the change it describes was committed.
 */
@Stateless
public class AuditLog {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** Appends an entry for the signed-in caller (or {@code system} when nobody is signed in). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String subjectType, String subjectId, Map<String, ?> details) {
        String name = session.getCallerPrincipal().getName();
        recordAs(name == null || "anonymous".equals(name) ? SYSTEM : name, action, subjectType, subjectId, details);
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actor, String action, String subjectType, String subjectId, Map<String, ?> details) {
        String tenant = TenantContext.require();
        AuditHead head = em.find(AuditHead.class, tenant, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("municipality " + tenant + " has no audit chain");
        }
        AuditRecord record = new AuditRecord(tenant, head.nextSequence(), Instant.now(), actor, action, subjectType,
                subjectId, CanonicalJson.write(details));
        String hash = AuditChain.hash(head.hash(), record);
        em.persist(new AuditEntry(record, head.hash(), hash));
        head.advance(record.sequence(), hash);
    }

    /** Walks the whole chain of the current municipality and names the first entry that does not match. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ChainVerification verify() {
        AuditHead head = em.find(AuditHead.class, TenantContext.require());
        AuditChain.Head recorded = head == null ? AuditChain.Head.EMPTY : head.asHead();
        try (Stream<AuditEntry> entries = em.createQuery("select e from AuditEntry e order by e.sequence, e.id",
                AuditEntry.class).setHint("org.hibernate.fetchSize", 500).getResultStream()) {
            Iterator<AuditChain.StoredEntry> stored = entries.map(e -> {
                AuditChain.StoredEntry s = e.stored();
                em.detach(e);
                return s;
            }).iterator();
            return AuditChain.verify(stored, recorded);
        }
    }

    /** The newest entries first, for the administrator's audit page. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<AuditRecord> latest(int max) {
        return em.createQuery("select e from AuditEntry e order by e.sequence desc", AuditEntry.class)
                .setMaxResults(Math.max(1, Math.min(max, 500))).getResultList().stream().map(AuditEntry::record)
                .toList();
    }
}
