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
import ca.quorum.shared.tenant.TenantContext;

/**
 * The scheduled fixity check: every night at 02:40, every municipality's stored files, each municipality in its own
 * transaction (a failure in one is logged and does not stop the others; its records manager sees that no new run
 * was recorded).
 */
@Singleton
@PermitAll
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FixitySchedule {

    private static final Logger LOG = Logger.getLogger(FixitySchedule.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    FixityCheck fixity;

    @Schedule(hour = "2", minute = "40", persistent = false, info = "fixity check")
    void nightly() {
        @SuppressWarnings("unchecked")
        List<String> municipalities = em.createNativeQuery("select slug from municipality order by slug")
                .getResultList();
        for (String slug : municipalities) {
            try {
                FixityCheck.Run run = TenantContext.callAs(slug, fixity::run);
                if (run.mismatches() > 0) {
                    LOG.warning(() -> "fixity: " + slug + ": " + run.mismatches() + " of " + run.files()
                            + " stored files do not match their SHA-256 (see the fixity page)");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "fixity: the check of " + slug + " failed", e);
            }
        }
    }
}
