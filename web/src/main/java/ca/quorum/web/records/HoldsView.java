package ca.quorum.web.records;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.records.application.LegalHolds;
import ca.quorum.records.domain.HoldScope;
import ca.quorum.records.domain.RecordKind;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;
import ca.quorum.web.i18n.LanguageView;
import ca.quorum.web.i18n.Messages;

/**
 * The legal holds page (records manager, FOI officer): place a hold on a meeting, a body, a date range or one record,
 * with the matter and the reason; see every hold with the records it covers; lift one, saying why.
 */
@Named
@ViewScoped
public class HoldsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a new hold covers, as the form offers it. */
    public enum Scope {
        MEETING, BODY, DATE_RANGE, RECORD, SEARCH
    }

    @EJB
    LegalHolds holds;

    @EJB
    MeetingCalendar calendar;

    @Inject
    Messages messages;

    @Inject
    LanguageView language;

    private String matter;
    private String reason;
    private Scope scope = Scope.MEETING;
    private Long meetingId;
    private Long bodyId;
    private String from;
    private String to;
    private RecordKind recordKind = RecordKind.MINUTES;
    private Long recordId;
    private String query;
    private final Map<Long, String> liftReasons = new HashMap<>();
    private List<LegalHolds.HoldView> list;
    private List<MeetingCalendar.MeetingSummary> meetings;

    public List<LegalHolds.HoldView> getHolds() {
        if (list == null) {
            list = holds.holds();
        }
        return list;
    }

    /** Meetings of the last ten years and the coming one, newest first. */
    public List<MeetingCalendar.MeetingSummary> getMeetings() {
        if (meetings == null) {
            Instant now = Instant.now();
            meetings = calendar.between(now.minus(3653, ChronoUnit.DAYS), now.plus(366, ChronoUnit.DAYS)).reversed();
        }
        return meetings;
    }

    public List<MeetingCalendar.BodySummary> getBodies() {
        return calendar.bodies();
    }

    public Scope[] getScopes() {
        return Scope.values();
    }

    public RecordKind[] getRecordKinds() {
        return RecordKind.values();
    }

    public String scopeLabel(Scope s) {
        return messages.get("holds.scope." + s.name());
    }

    public String kindLabel(RecordKind kind) {
        return messages.get("records.kind." + kind.name());
    }

    /** A hold's scope in the page's language with what it names. */
    public String covers(LegalHolds.HoldView hold) {
        String what = messages.get("holds.scope." + (hold.scope().equals("SEARCH") ? "SEARCH" : hold.scope()));
        return hold.scopeDetail() == null || hold.scopeDetail().isEmpty() ? what : what + ": " + hold.scopeDetail();
    }

    public String moment(Instant at) {
        return at == null ? "" : language.moment(at);
    }

    public void place() {
        // every reason at once: what is missing of the matter and reason, and of what the hold covers
        java.util.List<RuleViolation.Refusal> problems = new java.util.ArrayList<>();
        if (matter == null || matter.isBlank() || reason == null || reason.isBlank()) {
            problems.add(RuleViolation.refusal("hold.matterAndReason"));
        }
        if (scope == Scope.SEARCH) {
            if (!problems.isEmpty()) {
                Notices.refused(RuleViolation.of(problems));
                return;
            }
            placed(() -> holds.placeBySearch(matter, reason, query, "staff"));
            return;
        }
        HoldScope what = null;
        try {
            what = switch (scope) {
                case MEETING -> new HoldScope.Meeting(meetingId == null ? 0 : meetingId);
                case BODY -> new HoldScope.Body(bodyId == null ? 0 : bodyId);
                case DATE_RANGE -> new HoldScope.DateRange(day(from), day(to));
                case RECORD -> new HoldScope.OneRecord(recordKind, recordId == null ? 0 : recordId);
                case SEARCH -> throw new IllegalStateException("placed by search above");
            };
        } catch (RuleViolation refused) {
            problems.addAll(refused.refusals());
        }
        if (!problems.isEmpty()) {
            Notices.refused(RuleViolation.of(problems));
            return;
        }
        HoldScope scoped = what;
        placed(() -> holds.place(matter, reason, scoped, "staff"));
    }

    /** Places a hold: confirms it and clears the form, or shows every reason it was refused. */
    private void placed(java.util.function.LongSupplier placing) {
        try {
            placing.getAsLong();
            Notices.done("holds.placed", matter.strip());
            matter = null;
            reason = null;
            list = null;
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    /** A day typed as yyyy-mm-dd (what a date field sends); none when empty or not a day. */
    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public void lift(long id) {
        try {
            holds.lift(id, liftReasons.get(id));
            Notices.done("holds.lifted");
            liftReasons.remove(id);
            list = null;
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public Map<Long, String> getLiftReasons() {
        return liftReasons;
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String matter) {
        this.matter = matter;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Scope getScope() {
        return scope;
    }

    public void setScope(Scope scope) {
        this.scope = scope;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public RecordKind getRecordKind() {
        return recordKind;
    }

    public void setRecordKind(RecordKind recordKind) {
        this.recordKind = recordKind;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }
}
