package ca.quorum.web.clerk;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ca.quorum.meeting.application.Agendas;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingCalendar.BodySummary;
import ca.quorum.meeting.application.MeetingCalendar.MeetingSummary;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;
import ca.quorum.web.home.MunicipalityView;

/** The clerk's calendar: meetings of the past month and the coming months, and scheduling a new one. */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MeetingCalendar calendar;

    @EJB
    Agendas agendas;

    @Inject
    MunicipalityView town;

    private List<BodySummary> bodies;
    private List<MeetingSummary> meetings;

    private Long bodyId;
    private String title;
    private boolean special;
    private String date;
    private String time = "19:00";
    private String location;

    @PostConstruct
    void init() {
        bodies = calendar.bodies();
        Instant now = Instant.now();
        meetings = calendar.between(now.minus(31, ChronoUnit.DAYS), now.plus(180, ChronoUnit.DAYS));
    }

    public void schedule() {
        LocalDateTime start;
        try {
            start = LocalDateTime.of(LocalDate.parse(date == null ? "" : date.strip()),
                    LocalTime.parse(time == null ? "" : time.strip()));
        } catch (DateTimeParseException e) {
            Notices.refusedBecause("calendar.badDate");
            return;
        }
        if (bodyId == null) {
            Notices.refusedBecause("calendar.noBody");
            return;
        }
        try {
            long id = agendas.scheduleMeeting(bodyId, title, special, start, location);
            Notices.redirect(town.url("/clerk/agenda?meeting=" + id));
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public List<BodySummary> getBodies() {
        return bodies;
    }

    public List<MeetingSummary> getMeetings() {
        return meetings;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public boolean isSpecial() {
        return special;
    }

    public void setSpecial(boolean special) {
        this.special = special;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}
