package ca.quorum.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import ca.quorum.shared.application.SystemHealth;

/** The service's health in detail (database and search engine, with what each answered); administrators only. */
@Path("m/{municipality}/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "basic")
public class HealthResource {

    @EJB
    SystemHealth health;

    @GET
    @Operation(summary = "Whether the database and the search engine answer, and what each said")
    public SystemHealth.Report details() {
        return health.details();
    }
}
