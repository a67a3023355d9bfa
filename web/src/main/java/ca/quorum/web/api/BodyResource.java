package ca.quorum.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingCalendar.BodyDetail;

/** One council, committee or board: its members with their terms of office, and its agenda deadline. */
@Path("m/{municipality}/bodies/{body}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings and agendas")
public class BodyResource {

    @PathParam("body")
    long body;

    @EJB
    MeetingCalendar calendar;

    @GET
    @Operation(summary = "The body, its members and terms of office")
    public BodyDetail get() {
        return calendar.body(body);
    }
}
