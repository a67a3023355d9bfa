package ca.quorum.web.clerk;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import ca.quorum.meeting.application.Agendas;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingCalendar.BodyDetail;
import ca.quorum.meeting.application.MeetingCalendar.BodySummary;
import ca.quorum.meeting.domain.SectionKind;
import ca.quorum.meeting.domain.TemplateSection;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;

/** The clerk edits a body's agenda template (sections in order) and its agenda deadline. */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A section as edited on the page. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String titleFr;
        private SectionKind kind;

        Row(String title, String titleFr, SectionKind kind) {
            this.title = title;
            this.titleFr = titleFr;
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getTitleFr() {
            return titleFr;
        }

        public void setTitleFr(String titleFr) {
            this.titleFr = titleFr;
        }

        public SectionKind getKind() {
            return kind;
        }

        public void setKind(SectionKind kind) {
            this.kind = kind;
        }
    }

    @EJB
    Agendas agendas;

    @EJB
    MeetingCalendar calendar;

    private List<BodySummary> bodies;
    private Long bodyId;
    private List<Row> rows = new ArrayList<>();
    private int deadlineDays;
    private String deadlineTime;

    @PostConstruct
    void init() {
        bodies = calendar.bodies();
        long requested = Notices.idParameter("body");
        bodyId = requested > 0 ? requested : bodies.isEmpty() ? null : bodies.get(0).id();
        load();
    }

    public void load() {
        if (bodyId == null) {
            return;
        }
        rows = new ArrayList<>(agendas.template(bodyId).stream()
                .map(s -> new Row(s.title(), s.titleFr(), s.kind())).toList());
        BodyDetail body = calendar.body(bodyId);
        deadlineDays = body.agendaDeadlineDays();
        deadlineTime = body.agendaDeadlineTime();
    }

    public void add() {
        rows.add(new Row("", "", SectionKind.OTHER));
    }

    public void remove(int index) {
        rows.remove(index);
    }

    public void up(int index) {
        if (index > 0) {
            rows.add(index - 1, rows.remove(index));
        }
    }

    public void down(int index) {
        if (index < rows.size() - 1) {
            rows.add(index + 1, rows.remove(index));
        }
    }

    public void save() {
        LocalTime at;
        try {
            at = LocalTime.parse(deadlineTime == null ? "" : deadlineTime.strip());
        } catch (DateTimeParseException e) {
            Notices.refusedBecause("templates.badTime");
            return;
        }
        try {
            agendas.saveTemplate(bodyId, rows.stream().map(r -> new TemplateSection(r.title, r.titleFr, r.kind))
                    .toList(), deadlineDays, at);
            Notices.done("templates.saved");
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public SectionKind[] getKinds() {
        return SectionKind.values();
    }

    public List<BodySummary> getBodies() {
        return bodies;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getDeadlineDays() {
        return deadlineDays;
    }

    public void setDeadlineDays(int deadlineDays) {
        this.deadlineDays = deadlineDays;
    }

    public String getDeadlineTime() {
        return deadlineTime;
    }

    public void setDeadlineTime(String deadlineTime) {
        this.deadlineTime = deadlineTime;
    }
}
