package ca.quorum.web.clerk;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingCalendar.BodySummary;

/** What the clerk sees first: the municipality's bodies with their members seated today. */
@Named
@RequestScoped
public class ClerkDeskView {

    @EJB
    MeetingCalendar calendar;

    private List<BodySummary> bodies;

    public List<BodySummary> getBodies() {
        if (bodies == null) {
            bodies = calendar.bodies();
        }
        return bodies;
    }
}
