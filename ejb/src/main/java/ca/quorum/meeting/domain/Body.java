package ca.quorum.meeting.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A council, committee or board of a municipality, with its members. */
@Entity
@Table(name = "body")
public class Body {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BodyKind kind;

    @Column(name = "agenda_deadline_days", nullable = false)
    private int agendaDeadlineDays = 7;

    @Column(name = "agenda_deadline_time", nullable = false)
    private java.time.LocalTime agendaDeadlineTime = java.time.LocalTime.NOON;

    @Column(name = "electronic_counts_for_quorum", nullable = false)
    private boolean electronicCountsForQuorum = true;

    @Column(name = "second_required", nullable = false)
    private boolean secondRequired = true;

    @Column(name = "silent_counts_as_no", nullable = false)
    private boolean silentCountsAsNo = true;

    @Column(name = "ballot_change_allowed", nullable = false)
    private boolean ballotChangeAllowed = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "reconsideration_rule", nullable = false)
    private ca.quorum.meeting.domain.live.VoteRule reconsiderationRule =
            ca.quorum.meeting.domain.live.VoteRule.TWO_THIRDS_OF_PRESENT;

    @Column(name = "reconsiderations_per_motion", nullable = false)
    private int reconsiderationsPerMotion = 1;

    /** The whole number of members under the composition by-law; null: the members seated. */
    @Column(name = "seats")
    private Integer seats;

    @Column(name = "vacancies_reduce_quorum", nullable = false)
    private boolean vacanciesReduceQuorum;

    @Enumerated(EnumType.STRING)
    @Column(name = "deemed_quorum", nullable = false)
    private ca.quorum.meeting.domain.live.DeemedQuorum deemedQuorum =
            ca.quorum.meeting.domain.live.DeemedQuorum.WHOLE_COUNCIL;

    /** What the body's resolution numbers start with; null: C for council, otherwise the initials of its name. */
    @Column(name = "resolution_prefix")
    private String resolutionPrefix;

    @OneToMany(mappedBy = "body", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role, fullName")
    private List<Member> members = new ArrayList<>();

    protected Body() {
    }

    public Body(String name, String nameFr, BodyKind kind) {
        if (name == null || name.isBlank()) {
            throw new ca.quorum.shared.domain.RuleViolation("A body needs a name.");
        }
        if (kind == null) {
            throw new ca.quorum.shared.domain.RuleViolation("Say what kind of body it is.");
        }
        this.name = name.strip();
        this.nameFr = nameFr == null || nameFr.isBlank() ? this.name : nameFr.strip();
        this.kind = kind;
    }

    /**
     * Seats a member for a term of office. A body has one head of council or chair at a time: a second one whose
     * term overlaps is refused.
     */
    public Member seat(String fullName, MemberRole role, java.time.LocalDate termStart, java.time.LocalDate termEnd) {
        if ((role == MemberRole.HEAD_OF_COUNCIL || role == MemberRole.CHAIR) && termStart != null
                && members.stream().anyMatch(m -> m.role() == role && m.overlaps(termStart, termEnd))) {
            throw new ca.quorum.shared.domain.RuleViolation("The body already has a "
                    + (role == MemberRole.CHAIR ? "chair" : "head of council") + " for part of that term.");
        }
        Member member = new Member(this, fullName, role, termStart, termEnd);
        members.add(member);
        return member;
    }

    /**
     * When the agenda of a meeting starting at {@code start} closes: {@code agendaDeadlineDays} days before the
     * meeting day, at {@code agendaDeadlineTime}, in the municipality's time zone. Items added after it are late.
     */
    public java.time.Instant agendaDeadline(java.time.Instant start, java.time.ZoneId zone) {
        java.time.LocalDate day = start.atZone(zone).toLocalDate().minusDays(agendaDeadlineDays);
        return java.time.ZonedDateTime.of(day, agendaDeadlineTime, zone).toInstant();
    }

    /** Sets how long before a meeting its agenda closes. */
    public void closeAgendas(int daysBefore, java.time.LocalTime at) {
        if (daysBefore < 0 || daysBefore > 60) {
            throw new ca.quorum.shared.domain.RuleViolation("The agenda deadline must be 0 to 60 days before the meeting.");
        }
        this.agendaDeadlineDays = daysBefore;
        this.agendaDeadlineTime = java.util.Objects.requireNonNull(at);
    }

    public int agendaDeadlineDays() {
        return agendaDeadlineDays;
    }

    public java.time.LocalTime agendaDeadlineTime() {
        return agendaDeadlineTime;
    }

    /** The members who hold a seat on {@code day}: the whole number of members for quorum on that day. */
    public List<Member> seatedOn(java.time.LocalDate day) {
        return members.stream().filter(m -> m.sitsOn(day)).toList();
    }

    /**
     * The procedure by-law's settings for this body's meetings on {@code day}. Quorum is a majority of the whole
     * number of members (Municipal Act s.237): the seats of the composition by-law, vacancies counted, unless the
     * body's by-law says vacancies reduce it (then the members seated that day).
     */
    public ca.quorum.meeting.domain.live.MeetingRules meetingRules(java.time.LocalDate day) {
        List<Member> seated = seatedOn(day);
        int whole = vacanciesReduceQuorum || seats == null ? seated.size() : Math.max(seats, seated.size());
        java.util.Map<Long, Integer> weights = new java.util.HashMap<>();
        seated.stream().filter(m -> m.voteWeight() > 1).forEach(m -> weights.put(m.id(), m.voteWeight()));
        return new ca.quorum.meeting.domain.live.MeetingRules(Math.max(1, whole), electronicCountsForQuorum,
                secondRequired, silentCountsAsNo, ballotChangeAllowed, reconsiderationRule, reconsiderationsPerMotion,
                weights, deemedQuorum);
    }

    /** Sets the procedure by-law's choices for this body. */
    public void setProcedure(ProcedureSettings settings) {
        this.electronicCountsForQuorum = settings.electronicCountsForQuorum();
        this.secondRequired = settings.secondRequired();
        this.silentCountsAsNo = settings.silentCountsAsNo();
        this.ballotChangeAllowed = settings.ballotChangeAllowed();
        this.reconsiderationRule = settings.reconsiderationRule();
        this.reconsiderationsPerMotion = settings.reconsiderationsPerMotion();
        this.seats = settings.seats();
        this.vacanciesReduceQuorum = settings.vacanciesReduceQuorum();
        this.deemedQuorum = settings.deemedQuorum();
    }

    /** The procedure by-law's choices as they stand. */
    public ProcedureSettings procedure() {
        return new ProcedureSettings(electronicCountsForQuorum, secondRequired, silentCountsAsNo, ballotChangeAllowed,
                reconsiderationRule, reconsiderationsPerMotion, seats, vacanciesReduceQuorum, deemedQuorum);
    }

    /** What the body's resolution numbers start with (C-2027-045). */
    public String resolutionPrefix() {
        return resolutionPrefix != null ? resolutionPrefix
                : ca.quorum.meeting.domain.live.ResolutionPattern.prefixOf(name, kind == BodyKind.COUNCIL);
    }

    public Long id() {
        return id;
    }

    public String name(String language) {
        return "fr".equals(language) ? nameFr : name;
    }

    public BodyKind kind() {
        return kind;
    }

    public List<Member> members() {
        return Collections.unmodifiableList(members);
    }
}
