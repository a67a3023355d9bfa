package ca.quorum.admin.application;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Municipality;
import ca.quorum.admin.domain.MunicipalityRepository;
import ca.quorum.admin.domain.Roles;
import ca.quorum.shared.application.RequestRefusedException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.audit.domain.AuditHead;
import ca.quorum.shared.tenant.TenantContext;

/** The municipalities of the installation: listed for anyone, registered by the installation itself. */
@Stateless
public class MunicipalityDirectory {

    @Inject
    MunicipalityRepository municipalities;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @PermitAll
    public List<MunicipalitySummary> all() {
        return municipalities.all().stream().map(MunicipalitySummary::of).toList();
    }

    @PermitAll
    public Optional<MunicipalitySummary> find(String slug) {
        return municipalities.find(slug).map(MunicipalitySummary::of);
    }

    /**
     * Adds a municipality with an audit chain whose first entry records the registration. Called with the new
     * municipality already current ({@code TenantContext.runAs(slug, ...)}), so that the transaction's records all
     * belong to it.
     */
    @RolesAllowed(Roles.SYSTEM)
    public MunicipalitySummary register(String slug, String name, String nameFr, ZoneId zone, List<String> languages) {
        if (!slug.equals(TenantContext.current().orElse(null))) {
            throw new IllegalStateException("register " + slug + " with it as the current municipality");
        }
        if (municipalities.find(slug).isPresent()) {
            throw new RequestRefusedException("A municipality with the short name " + slug + " already exists.");
        }
        Municipality municipality;
        try {
            municipality = new Municipality(slug, name, nameFr, zone, languages);
        } catch (IllegalArgumentException e) {
            throw new RequestRefusedException(e.getMessage());
        }
        municipalities.add(municipality);
        em.persist(new AuditHead(slug));
        em.flush();
        audit.recordAs(AuditLog.SYSTEM, "MunicipalityRegistered", "municipality", slug,
                Map.of("name", municipality.name("en"), "nameFr", municipality.name("fr"), "timeZone", zone.getId(),
                        "languages", String.join(",", languages)));
        return MunicipalitySummary.of(municipality);
    }
}
