package ca.quorum.records.application;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.shared.tenant.TenantContext;

/**
 * The monthly disposition job: on the first of every month at 03:10, each municipality's records eligible that day
 * are proposed in a batch for its records manager to review (nothing is destroyed without the manager's approval
 * and execution). A municipality with nothing eligible gets no batch.
 */
@Singleton
@PermitAll
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DispositionSchedule {

    private static final Logger LOG = Logger.getLogger(DispositionSchedule.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    Dispositions dispositions;

    @Schedule(dayOfMonth = "1", hour = "3", minute = "10", persistent = false, info = "monthly disposition batch")
    void monthly() {
        @SuppressWarnings("unchecked")
        List<String> municipalities = em.createNativeQuery("select slug from municipality order by slug")
                .getResultList();
        for (String slug : municipalities) {
            try {
                long batch = TenantContext.callAs(slug, () -> dispositions.propose(null));
                LOG.info(() -> "disposition: batch " + batch + " proposed for " + slug);
            } catch (RuleViolation nothingEligible) {
                LOG.fine(() -> "disposition: nothing eligible for " + slug);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "disposition: the monthly batch of " + slug + " failed", e);
            }
        }
    }
}
