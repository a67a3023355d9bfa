package ca.quorum.web.api;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import ca.quorum.admin.application.MunicipalityDirectory;
import ca.quorum.admin.application.MunicipalitySummary;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingCalendar.BodySummary;
import ca.quorum.meeting.application.MeetingCalendar.MeetingSummary;
import ca.quorum.shared.application.RecordNotFoundException;

/** A municipality's public information: itself, its bodies, its upcoming meetings. */
@Path("m/{municipality}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

    @PathParam("municipality")
    String municipality;

    @EJB
    MunicipalityDirectory directory;

    @EJB
    MeetingCalendar calendar;

    @GET
    @Operation(summary = "The municipality")
    public MunicipalitySummary get() {
        return directory.find(municipality).orElseThrow(() -> new RecordNotFoundException("municipality"));
    }

    @GET
    @Path("bodies")
    @Operation(summary = "Council, committees and boards, with the number of members seated today")
    public List<BodySummary> bodies() {
        return calendar.bodies();
    }

    @GET
    @Path("meetings")
    @Operation(summary = "Upcoming meetings, soonest first")
    public List<MeetingSummary> meetings(@QueryParam("limit") @DefaultValue("20") int limit) {
        return calendar.upcoming(limit);
    }
}
