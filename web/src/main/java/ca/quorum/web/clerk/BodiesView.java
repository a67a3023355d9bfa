package ca.quorum.web.clerk;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import ca.quorum.meeting.application.Bodies;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingCalendar.BodyDetail;
import ca.quorum.meeting.application.MeetingCalendar.BodySummary;
import ca.quorum.meeting.domain.BodyKind;
import ca.quorum.meeting.domain.MemberRole;
import ca.quorum.meeting.domain.ProcedureSettings;
import ca.quorum.meeting.domain.live.DeemedQuorum;
import ca.quorum.meeting.domain.live.VoteRule;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;

/** The clerk keeps bodies and their members' terms of office. */
@Named
@ViewScoped
public class BodiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Bodies bodies;

    @EJB
    MeetingCalendar calendar;

    private List<BodySummary> all;
    private Long bodyId;
    private BodyDetail selected;

    private String name;
    private String nameFr;
    private BodyKind kind = BodyKind.STANDING_COMMITTEE;

    private String memberName;
    private MemberRole role = MemberRole.MEMBER;
    private String termStart;
    private String termEnd;

    @PostConstruct
    void init() {
        all = calendar.bodies();
        bodyId = all.isEmpty() ? null : all.get(0).id();
        show();
    }

    private boolean electronicCounts;
    private boolean seconderRequired;
    private boolean silenceIsNo;
    private boolean changeAllowed;
    private VoteRule reconsiderationRule = VoteRule.TWO_THIRDS_OF_PRESENT;
    private int reconsiderationsPerMotion = 1;
    private Integer seats;
    private boolean vacanciesReduceQuorum;
    private DeemedQuorum deemedQuorum = DeemedQuorum.WHOLE_COUNCIL;

    public void show() {
        selected = bodyId == null ? null : calendar.body(bodyId);
        if (selected != null) {
            ProcedureSettings procedure = bodies.procedure(bodyId);
            electronicCounts = procedure.electronicCountsForQuorum();
            seconderRequired = procedure.secondRequired();
            silenceIsNo = procedure.silentCountsAsNo();
            changeAllowed = procedure.ballotChangeAllowed();
            reconsiderationRule = procedure.reconsiderationRule();
            reconsiderationsPerMotion = procedure.reconsiderationsPerMotion();
            seats = procedure.seats();
            vacanciesReduceQuorum = procedure.vacanciesReduceQuorum();
            deemedQuorum = procedure.deemedQuorum();
        }
    }

    private final java.util.Map<Long, Integer> votes = new java.util.HashMap<>();

    /** The votes typed for each member, by member id. */
    public java.util.Map<Long, Integer> getVotes() {
        if (selected != null) {
            selected.members().forEach(m -> votes.putIfAbsent(m.id(), m.votes()));
        }
        return votes;
    }

    /** Gives a member the votes typed for them (weighted votes of county councils). */
    public void saveVotes(long memberId) {
        try {
            Integer typed = votes.get(memberId);
            bodies.weighVotes(memberId, typed == null ? 1 : typed);
            votes.clear();
            show();
            Notices.done("bodies.votesSaved");
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public void saveProcedure() {
        try {
            bodies.setProcedure(bodyId, new ProcedureSettings(electronicCounts, seconderRequired, silenceIsNo,
                    changeAllowed, reconsiderationRule, reconsiderationsPerMotion, seats, vacanciesReduceQuorum,
                    deemedQuorum));
            show();
            Notices.done("bodies.procedureSaved");
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public VoteRule[] getRules() {
        return VoteRule.values();
    }

    public DeemedQuorum[] getReadings() {
        return DeemedQuorum.values();
    }

    public VoteRule getReconsiderationRule() {
        return reconsiderationRule;
    }

    public void setReconsiderationRule(VoteRule reconsiderationRule) {
        this.reconsiderationRule = reconsiderationRule;
    }

    public int getReconsiderationsPerMotion() {
        return reconsiderationsPerMotion;
    }

    public void setReconsiderationsPerMotion(int reconsiderationsPerMotion) {
        this.reconsiderationsPerMotion = reconsiderationsPerMotion;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public boolean isVacanciesReduceQuorum() {
        return vacanciesReduceQuorum;
    }

    public void setVacanciesReduceQuorum(boolean vacanciesReduceQuorum) {
        this.vacanciesReduceQuorum = vacanciesReduceQuorum;
    }

    public DeemedQuorum getDeemedQuorum() {
        return deemedQuorum;
    }

    public void setDeemedQuorum(DeemedQuorum deemedQuorum) {
        this.deemedQuorum = deemedQuorum;
    }

    public boolean isElectronicCounts() {
        return electronicCounts;
    }

    public void setElectronicCounts(boolean value) {
        this.electronicCounts = value;
    }

    public boolean isSeconderRequired() {
        return seconderRequired;
    }

    public void setSeconderRequired(boolean value) {
        this.seconderRequired = value;
    }

    public boolean isSilenceIsNo() {
        return silenceIsNo;
    }

    public void setSilenceIsNo(boolean value) {
        this.silenceIsNo = value;
    }

    public boolean isChangeAllowed() {
        return changeAllowed;
    }

    public void setChangeAllowed(boolean value) {
        this.changeAllowed = value;
    }

    public void createBody() {
        try {
            bodyId = bodies.createBody(name, nameFr, kind);
            name = nameFr = null;
            all = calendar.bodies();
            show();
            Notices.done("bodies.created");
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public void seat() {
        try {
            LocalDate start = LocalDate.parse(termStart == null ? "" : termStart.strip());
            LocalDate end = termEnd == null || termEnd.isBlank() ? null : LocalDate.parse(termEnd.strip());
            bodies.seatMember(bodyId, memberName, role, start, end);
            memberName = termEnd = null;
            all = calendar.bodies();
            show();
            Notices.done("bodies.seated");
        } catch (DateTimeParseException e) {
            Notices.refusedBecause("bodies.badDates");
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public void endTermToday(long memberId) {
        try {
            bodies.endTerm(memberId, LocalDate.now());
            show();
            Notices.done("bodies.ended");
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public BodyKind[] getKinds() {
        return BodyKind.values();
    }

    public MemberRole[] getRoles() {
        return MemberRole.values();
    }

    public List<BodySummary> getAll() {
        return all;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public BodyDetail getSelected() {
        return selected;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public BodyKind getKind() {
        return kind;
    }

    public void setKind(BodyKind kind) {
        this.kind = kind;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public MemberRole getRole() {
        return role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }

    public String getTermStart() {
        return termStart;
    }

    public void setTermStart(String termStart) {
        this.termStart = termStart;
    }

    public String getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(String termEnd) {
        this.termEnd = termEnd;
    }
}
