package ca.quorum.discovery.application;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.search.RecordIndex;
import ca.quorum.shared.infrastructure.SearchEngine;
import ca.quorum.shared.tenant.TenantContext;

/**
 * The index is derived from the database: when the application starts and the search engine has no index of this
 * version (a new node, a restored backup, lost search data, a new mapping), every municipality's published records
 * are queued for indexing, and the indexers rebuild it in the background. A search engine that does not answer is left to the indexers' retries.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@PermitAll
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexRecovery {

    private static final Logger LOG = Logger.getLogger(IndexRecovery.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    SearchEngine engine;

    @EJB
    Search search;

    @PostConstruct
    void rebuildWhenMissing() {
        try {
            RecordIndex index = new RecordIndex(engine.connection());
            if (index.exists()) {
                return;
            }
            index.ensure(); // this version's index, the alias moved to it from an earlier one
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "search: the engine did not answer at start-up; the index is not checked", e);
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> municipalities = em.createNativeQuery("select slug from municipality order by slug")
                .getResultList();
        for (String slug : municipalities) {
            int queued = TenantContext.callAs(slug, search::reindex);
            LOG.info(() -> "search: no index; " + queued + " records of " + slug + " queued to rebuild it");
        }
    }
}
