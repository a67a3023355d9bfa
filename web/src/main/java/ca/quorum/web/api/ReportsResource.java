package ca.quorum.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import ca.quorum.meeting.application.ReportDetail;
import ca.quorum.meeting.application.StaffReports;
import ca.quorum.shared.application.TooLargeException;
import ca.quorum.shared.domain.RuleViolation;

/**
 * Staff reports for their authors' scripts: draft one, attach PDFs (the body is the PDF, streamed to a scratch file
 * within the upload limit, inspected, and stored only when accepted), read one's own.
 */
@Path("m/{municipality}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "basic")
public class ReportsResource {

    @EJB
    StaffReports reports;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Your staff reports (report authors and the clerk)")
    public List<ReportDetail> mine() {
        return reports.mine();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One staff report, with its attachments and history")
    public ReportDetail get(@PathParam("id") long id) {
        return reports.report(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a staff report: {title, recommendation, body}")
    public Response draft(JsonObject body) {
        if (body == null) {
            throw new RuleViolation("A JSON body with title, recommendation and body is required.");
        }
        ReportDetail drafted = reports.draft(body.getString("title", null), body.getString("recommendation", null),
                body.getString("body", null));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + drafted.id())).entity(drafted).build();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes("application/pdf")
    @Operation(summary = "Attach a PDF to a draft report: the body is the file, its name in ?name=")
    public ReportDetail attach(@PathParam("id") long id, @QueryParam("name") String name,
            @HeaderParam("Content-Length") Long length, InputStream pdf) throws IOException {
        String fileName = ca.quorum.documents.domain.FileName.plain(name);
        long limit = StaffReports.maxUploadBytes();
        if (length != null && length > limit) {
            throw new TooLargeException(limit);
        }
        java.nio.file.Path scratch = Files.createTempFile("quorum-upload-", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(scratch)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = pdf.read(buffer)) > 0) {
                    total += n;
                    if (total > limit) {
                        throw new TooLargeException(limit);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return reports.attach(id, fileName, scratch);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
