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
import ca.quorum.shared.audit.domain.AuditSeal;
import ca.quorum.shared.audit.domain.CanonicalJson;
import ca.quorum.shared.audit.domain.ChainVerification;
import ca.quorum.shared.tenant.TenantContext;

/**
 * The current municipality's audit chain. {@link #record} joins the caller's transaction, so an entry exists exactly
 * when the change it describes was committed. Every entry seals the head and the day's anchor ({@link AuditSeal})
 * with a key kept outside the database.
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
        byte[] key = sealKey();
        head.seal(AuditSeal.head(key, tenant, record.sequence(), hash));
        java.time.LocalDate day = record.occurredAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        em.createNativeQuery("insert into audit_anchor (tenant, day, seq, hash, seal, anchored_at) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (tenant, day) do update set seq = excluded.seq, "
                + "hash = excluded.hash, seal = excluded.seal, anchored_at = excluded.anchored_at")
                .setParameter(1, tenant).setParameter(2, day).setParameter(3, record.sequence())
                .setParameter(4, hash).setParameter(5, AuditSeal.anchor(key, tenant, day, record.sequence(), hash))
                .setParameter(6, java.sql.Timestamp.from(record.occurredAt())).executeUpdate();
    }

    /** The key the chain is sealed with, derived from the server's key (outside the database). */
    static byte[] sealKey() {
        return ca.quorum.shared.infrastructure.ServerKey.derived(AuditSeal.KEY_LABEL);
    }

    /** The published anchors: each day's last entry, newest first (at most {@code max}). */
    @PermitAll
    public List<AuditChain.Anchor> anchors(int max) {
        return anchors(em, TenantContext.require(), Math.max(1, Math.min(max, 3660)));
    }

    @SuppressWarnings("unchecked")
    private static List<AuditChain.Anchor> anchors(EntityManager em, String tenant, int max) {
        List<Object[]> rows = em.createNativeQuery("select day, seq, hash, seal from audit_anchor where tenant = ?1 "
                + "order by day desc").setParameter(1, tenant).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new AuditChain.Anchor(r[0] instanceof java.sql.Date d ? d.toLocalDate()
                : (java.time.LocalDate) r[0], ((Number) r[1]).longValue(), ((String) r[2]).strip(),
                ((String) r[3]).strip())).toList();
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
            return AuditChain.verify(stored, recorded, TenantContext.require(), head == null ? null : head.seal(),
                    anchors(em, TenantContext.require(), Integer.MAX_VALUE), sealKey());
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
