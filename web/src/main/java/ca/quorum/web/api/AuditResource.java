package ca.quorum.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.audit.domain.ChainVerification;

/** The municipality's audit chain; administrators only. */
@Path("m/{municipality}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AuditResource {

    @EJB
    AuditLog audit;

    @GET
    @Path("verification")
    @Operation(summary = "Recompute the whole hash chain and name the first entry that does not match")
    public ChainVerification verify() {
        return audit.verify();
    }
}
