package ca.quorum.demo;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import ca.quorum.admin.application.MunicipalityDirectory;
import ca.quorum.admin.domain.Roles;
import ca.quorum.shared.infrastructure.Configuration;
import ca.quorum.shared.tenant.TenantContext;

/** Loads the demo municipalities at start-up when the database has none of them. */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @EJB
    MunicipalityDirectory directory;

    @EJB
    DemoSeeder seeder;

    @PostConstruct
    void load() {
        if (!Configuration.flag("QUORUM_DEMO_DATA", true)) {
            return;
        }
        for (String slug : new String[] {DemoSeeder.LAKEVIEW, DemoSeeder.PINECREST}) {
            if (directory.find(slug).isEmpty()) {
                TenantContext.runAs(slug, () -> seeder.seed(slug));
                LOG.info(() -> "demo data loaded for " + slug);
            }
        }
    }
}
