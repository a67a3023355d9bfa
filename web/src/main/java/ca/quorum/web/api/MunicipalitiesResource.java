package ca.quorum.web.api;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import ca.quorum.admin.application.MunicipalityDirectory;
import ca.quorum.admin.application.MunicipalitySummary;

/** The municipalities of this installation. */
@Path("municipalities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalitiesResource {

    @EJB
    MunicipalityDirectory directory;

    @GET
    @Operation(summary = "Every municipality of this installation")
    public List<MunicipalitySummary> list() {
        return directory.all();
    }
}
