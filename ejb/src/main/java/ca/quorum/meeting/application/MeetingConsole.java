package ca.quorum.meeting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Municipality;
import ca.quorum.admin.domain.Roles;
import ca.quorum.meeting.domain.Agenda;
import ca.quorum.meeting.domain.AgendaItem;
import ca.quorum.meeting.domain.Audience;
import ca.quorum.meeting.domain.ChairAuthority;
import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.meeting.domain.Meeting;
import ca.quorum.meeting.domain.Member;
import ca.quorum.meeting.domain.live.Ballot;
import ca.quorum.meeting.domain.live.Choice;
import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.live.LiveMeeting;
import ca.quorum.meeting.domain.live.LoggedEvent;
import ca.quorum.meeting.domain.live.MotionKind;
import ca.quorum.meeting.domain.live.Presence;
import ca.quorum.meeting.domain.live.ResolutionPattern;
import ca.quorum.meeting.domain.live.VoteRule;
import ca.quorum.meeting.infrastructure.LiveEventCodec;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.shared.infrastructure.TenantFind;
import ca.quorum.shared.tenant.TenantContext;

/**
 * The meeting console: the clerk and the chair run a meeting, councillors vote. Every command locks the meeting,
 * replays its log, lets {@link LiveMeeting} decide, and appends the resulting event (and the ballot row, and an
 * audit entry) in one transaction; the caller's answer comes after commit, so an acknowledged ballot is stored.
 */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.CHAIR, Roles.SYSTEM})
public class MeetingConsole {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    ca.quorum.discovery.application.SearchOutbox searchOutbox;

    @Resource
    SessionContext session;

    @EJB
    DeclaredInterests declaredInterests;

    @EJB
    ca.quorum.records.application.RetentionSchedule retention;

    @Inject
    Event<MeetingChanged> changed;

    /** A meeting ready for a command: its log replayed and its members. */
    private record Loaded(Meeting meeting, LiveMeeting live, Map<Long, Member> members) {
    }

    public LiveView recordAttendance(long meetingId, long member, Presence presence) {
        return run(meetingId, l -> l.live().recordAttendance(member, presence, Instant.now()));
    }

    public LiveView callToOrder(long meetingId) {
        return run(meetingId, l -> l.live().callToOrder(Instant.now()));
    }

    /** Moves to an agenda item; the log keeps the item's number and the title the public may read. */
    public LiveView startItem(long meetingId, long agendaItemId) {
        return run(meetingId, l -> {
            Agenda agenda = agendaOf(meetingId);
            AgendaItem item = agenda.item(agendaItemId);
            return l.live().startItem(agendaItemId, agenda.number(item), item.titleFor(Audience.PUBLIC),
                    Instant.now());
        });
    }

    /** Moves to the agenda item with this number ("6.1"), as the chair announces it. */
    public LiveView startItem(long meetingId, String number) {
        Agenda agenda = agendaOf(meetingId);
        AgendaItem item = agenda.itemsInOrder().stream().filter(i -> agenda.number(i).equals(number)).findFirst()
                .orElseThrow(() -> RuleViolation.because("console.noSuchItem", number));
        return startItem(meetingId, item.id());
    }

    private Agenda agendaOf(long meetingId) {
        return agenda(meetingId).orElseThrow(() -> RuleViolation.because("console.noAgenda"));
    }

    private java.util.Optional<Agenda> agenda(long meetingId) {
        return em.createQuery("select a from Agenda a where a.meeting.id = :m", Agenda.class)
                .setParameter("m", meetingId).getResultList().stream().findFirst();
    }

    public LiveView declareInterest(long meetingId, long member, long agendaItemId, String nature) {
        return run(meetingId, l -> l.live().declareInterest(member, agendaItemId, nature, Instant.now()));
    }

    public LiveView move(long meetingId, long mover, String text, Long amends, VoteRule rule) {
        return run(meetingId, l -> l.live().move(mover, text, amends, rule, Instant.now()));
    }

    /** A main motion, an amendment, a direction to staff or a procedural motion. */
    public LiveView move(long meetingId, long mover, MotionKind kind, String text, Long target, VoteRule rule) {
        return run(meetingId, l -> l.live().move(mover, kind, text, target, rule, Instant.now()));
    }

    public LiveView moveReconsideration(long meetingId, long mover, long decidedMotion) {
        return run(meetingId, l -> l.live().moveReconsideration(mover, decidedMotion, Instant.now()));
    }

    /** A motion to defer a pending motion to a date or meeting; council decides it by vote. */
    public LiveView moveDeferral(long meetingId, long mover, long motion, String until) {
        return run(meetingId, l -> l.live().moveDeferral(mover, motion, until, Instant.now()));
    }

    /** A motion to refer a pending motion to a body or staff, with instructions; council decides it by vote. */
    public LiveView moveReferral(long meetingId, long mover, long motion, String to, String instructions) {
        return run(meetingId, l -> l.live().moveReferral(mover, motion, to, instructions, Instant.now()));
    }

    /** The resolution, moved in open session, to proceed into closed session (s.239(4)). */
    public LiveView moveClosedSession(long meetingId, long mover, List<ClosedReason> reasons, String nature) {
        return run(meetingId, l -> l.live().moveClosedSession(mover, reasons, nature, Instant.now()));
    }

    public LiveView second(long meetingId, long motion, long seconder) {
        return run(meetingId, l -> l.live().second(motion, seconder, Instant.now()));
    }

    /** The mover withdraws a pending motion before it is voted on. */
    public LiveView dispose(long meetingId, long motion, LiveEvent.Disposition disposition) {
        return run(meetingId, l -> l.live().dispose(motion, disposition, Instant.now()));
    }

    /** The clerk restates a pending main motion as its carried amendments changed it. */
    public LiveView restateAsAmended(long meetingId, long motion, String text) {
        return run(meetingId, l -> l.live().restateAsAmended(motion, text, Instant.now()));
    }

    /** A motion to lay a pending motion on the table. */
    public LiveView moveToTable(long meetingId, long mover, long motion) {
        return run(meetingId, l -> l.live().moveToTable(mover, motion, Instant.now()));
    }

    /** A motion to take a tabled motion from the table. */
    public LiveView moveToLiftFromTable(long meetingId, long mover, long motion) {
        return run(meetingId, l -> l.live().moveToLiftFromTable(mover, motion, Instant.now()));
    }

    /** The previous question on a pending motion (two-thirds). */
    public LiveView movePreviousQuestion(long meetingId, long mover, long motion) {
        return run(meetingId, l -> l.live().movePreviousQuestion(mover, motion, Instant.now()));
    }

    /** A member raises a point of order. */
    public LiveView raisePointOfOrder(long meetingId, long member, String point) {
        return run(meetingId, l -> l.live().raisePointOfOrder(member, point, Instant.now()));
    }

    /** The chair rules on the point of order raised. */
    public LiveView ruleOnPointOfOrder(long meetingId, boolean wellTaken, String reason) {
        return run(meetingId, l -> l.live().ruleOnPointOfOrder(wellTaken, reason, Instant.now()));
    }

    /** A member appeals the chair's ruling; council votes whether it is sustained. */
    public LiveView appealRuling(long meetingId, long member) {
        return run(meetingId, l -> l.live().appealRuling(member, Instant.now()));
    }

    /** A member gives notice of a motion for a later meeting. */
    public LiveView giveNoticeOfMotion(long meetingId, long member, String text, String forMeeting) {
        return run(meetingId, l -> l.live().giveNoticeOfMotion(member, text, forMeeting, Instant.now()));
    }

    /** The motion to adopt the agenda. */
    public LiveView moveAgendaAdoption(long meetingId, long mover) {
        return run(meetingId, l -> l.live().moveAgendaAdoption(mover, Instant.now()));
    }

    /** A motion to add an item not on the agenda (two-thirds); carried, the item is added and can be taken up. */
    public LiveView moveWalkOn(long meetingId, long mover, String title) {
        return run(meetingId, l -> l.live().moveWalkOn(mover, title, Instant.now()));
    }

    /** The consent agenda's motion: every item of the consent section not lifted, by one vote. */
    public LiveView moveConsentAgenda(long meetingId, long mover) {
        return run(meetingId, l -> l.live().moveConsentAgenda(mover, consentItems(meetingId), Instant.now()));
    }

    /** A member asks that a consent item be lifted, to be dealt with on its own. */
    public LiveView liftFromConsent(long meetingId, long member, long agendaItemId) {
        return run(meetingId, l -> {
            if (!consentItems(meetingId).containsKey(agendaItemId)) {
                throw RuleViolation.because("console.notAConsentItem");
            }
            return l.live().liftFromConsent(member, agendaItemId, Instant.now());
        });
    }

    /** The consent section's items, in order, by id, with their numbers. */
    private Map<Long, String> consentItems(long meetingId) {
        Agenda agenda = agendaOf(meetingId);
        Map<Long, String> out = new LinkedHashMap<>();
        agenda.itemsInOrder().stream().filter(i -> i.section().kind().consent())
                .forEach(i -> out.put(i.id(), agenda.number(i)));
        return out;
    }

    /** A member asks for a recorded vote on a motion (s.246(1)). */
    public LiveView requestRecordedVote(long meetingId, long member, long motion) {
        return run(meetingId, l -> l.live().requestRecordedVote(member, motion, Instant.now()));
    }

    /** The clerk closes a meeting that never reached quorum, recording who was present and when. */
    public LiveView closeWithoutQuorum(long meetingId) {
        return run(meetingId, l -> l.live().closeWithoutQuorum(Instant.now()));
    }

    public LiveView openVote(long meetingId, long motion, boolean recorded) {
        return run(meetingId, l -> l.live().openVote(motion, recorded, Instant.now()));
    }

    /**
     * The clerk records a member's vote taken by a show of hands (a member without a tablet). Only the clerk (or a
     * deputy clerk, who holds the clerk role): a chair votes from their own seat ({@link ChairAuthority}).
     */
    @RolesAllowed({Roles.CLERK, Roles.SYSTEM})
    public LiveView recordBallot(long meetingId, long member, Choice choice, String ballotId) {
        return run(meetingId, l -> l.live().castBallot(member, choice, ballotId, Instant.now()));
    }

    public LiveView closeVote(long meetingId) {
        return run(meetingId, l -> l.live().closeVote(Instant.now()));
    }

    /** Into closed session, under a carried resolution to do so. */
    public LiveView enterClosedSession(long meetingId, long resolution) {
        return run(meetingId, l -> l.live().enterClosedSession(resolution, Instant.now()));
    }

    public LiveView leaveClosedSession(long meetingId) {
        return run(meetingId, l -> l.live().leaveClosedSession(Instant.now()));
    }

    public LiveView recess(long meetingId) {
        return run(meetingId, l -> l.live().recess(Instant.now()));
    }

    public LiveView resume(long meetingId) {
        return run(meetingId, l -> l.live().resume(Instant.now()));
    }

    public LiveView adjourn(long meetingId) {
        return run(meetingId, l -> l.live().adjourn(Instant.now()));
    }

    /**
     * A councillor's ballot from their tablet, for the seat their account votes for. Repeating a ballot id records
     * nothing new and answers as the first time did.
     */
    @RolesAllowed({Roles.COUNCILLOR, Roles.CHAIR})
    public LiveView castBallot(long meetingId, Choice choice, String ballotId) {
        return runForSeat(meetingId, l -> l.live().castBallot(mySeat(l), choice, ballotId, Instant.now()));
    }

    /** From a councillor's tablet: a recorded vote on a motion, for the seat their account votes for (s.246(1)). */
    @RolesAllowed({Roles.COUNCILLOR, Roles.CHAIR})
    public LiveView askForRecordedVote(long meetingId, long motion) {
        return runForSeat(meetingId, l -> l.live().requestRecordedVote(mySeat(l), motion, Instant.now()));
    }

    /** From a councillor's tablet: a point of order, for the seat their account votes for. */
    @RolesAllowed({Roles.COUNCILLOR, Roles.CHAIR})
    public LiveView raiseMyPointOfOrder(long meetingId, String point) {
        return runForSeat(meetingId, l -> l.live().raisePointOfOrder(mySeat(l), point, Instant.now()));
    }

    /** The seat the caller's account votes for on the meeting's body. */
    private long mySeat(Loaded loaded) {
        String me = Caller.username(session);
        return loaded.members().values().stream().filter(m -> me.equals(m.username())).findFirst()
                .orElseThrow(() -> RuleViolation.because("console.noSeat")).id();
    }

    /**
     * The public state, whoever asks: what the chamber display, the public page and every WebSocket carry, so that a
     * socket opened with a member's cookies (from another site, say) still gets nothing closed.
     */
    @PermitAll
    public LiveView publicState(long meetingId) {
        return view(load(meetingId, false), true);
    }

    @PermitAll
    public LiveView state(long meetingId) {
        return view(load(meetingId, false), declaredInterests.audienceFor(meetingId) == Audience.PUBLIC);
    }

    /** An agenda item as the console lists it: its number, the title the public may read, on the consent agenda. */
    public record ItemRef(long id, String number, String title, boolean consent) implements java.io.Serializable {
    }

    /** The meeting's agenda items, in order, for the console. */
    public List<ItemRef> agendaItems(long meetingId) {
        return agenda(meetingId).map(a -> a.itemsInOrder().stream()
                .map(i -> new ItemRef(i.id(), a.number(i), i.titleFor(Audience.PUBLIC), i.section().kind().consent()))
                .toList()).orElse(List.of());
    }

    /** One declaration of pecuniary interest, as the public registry shows it (MCIA s.6.1). */
    public record Declaration(long meetingId, String meeting, java.time.ZonedDateTime meetingStart, String item,
            String member, String nature, Instant declaredAt) implements java.io.Serializable {
    }

    /** The registry of declarations of interest, newest first (MCIA s.6.1: public). */
    @PermitAll
    public List<Declaration> declarations(int max) {
        Municipality municipality = em.find(Municipality.class, TenantContext.require());
        List<LoggedEvent> logged = em.createQuery("select e from LoggedEvent e where e.type = 'InterestDeclared' "
                + "order by e.at desc", LoggedEvent.class).setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultList();
        List<Declaration> out = new ArrayList<>();
        for (LoggedEvent e : logged) {
            LiveEvent.InterestDeclared d = (LiveEvent.InterestDeclared) LiveEventCodec.read(e.type(), e.payload());
            Meeting meeting = em.createQuery("select m from Meeting m join fetch m.body where m.id = :id",
                    Meeting.class).setParameter("id", e.meetingId()).getSingleResult();
            java.util.Optional<AgendaItem> found = agenda(e.meetingId()).flatMap(a -> a.itemsInOrder().stream()
                    .filter(i -> i.id() == d.item()).findFirst());
            String item = found.map(i -> agenda(e.meetingId()).orElseThrow().number(i) + " "
                    + i.titleFor(Audience.PUBLIC)).orElse("item " + d.item());
            // a declaration on a closed item names it by its public title only: its nature may disclose the matter
            String nature = found.filter(AgendaItem::closed).map(i -> i.titleFor(Audience.PUBLIC))
                    .orElse(d.nature());
            String member = TenantFind.byId(em, Member.class, d.member()).map(Member::fullName)
                    .orElse("member " + d.member());
            out.add(new Declaration(meeting.id(), meeting.title(), meeting.startsAt().atZone(municipality.timeZone()),
                    item, member, nature, d.at()));
        }
        return out;
    }

    /**
     * What a meeting's record is made from: the meeting, its seated members (in roster order), its agenda items (with
     * the public and full titles of closed ones), the replayed log and its events. For minutes and by-laws.
     */
    public record MeetingRecord(Meeting meeting, Map<Long, Member> members,
            Map<Long, ca.quorum.meeting.domain.minutes.MinutesSubject.Item> items, LiveMeeting live,
            List<LiveEvent> events) {
    }

    @RolesAllowed({Roles.CLERK, Roles.CHAIR, Roles.COUNCILLOR, Roles.SYSTEM})
    public MeetingRecord record(long meetingId) {
        Loaded loaded = load(meetingId, false);
        Map<Long, ca.quorum.meeting.domain.minutes.MinutesSubject.Item> items = new LinkedHashMap<>();
        agenda(meetingId).ifPresent(a -> a.itemsInOrder().forEach(i -> items.put(i.id(),
                new ca.quorum.meeting.domain.minutes.MinutesSubject.Item(a.number(i), i.titleFor(Audience.PUBLIC),
                        i.title(), i.closed()))));
        return new MeetingRecord(loaded.meeting(), loaded.members(), items, loaded.live(), loaded.live().log());
    }

    /**
     * The whole log as JSON, in order, for the clerk, members and exports; not for a member who declared an interest
     * in one of the meeting's closed items (the log holds the closed session's business).
     */
    @RolesAllowed({Roles.CLERK, Roles.CHAIR, Roles.COUNCILLOR})
    public String exportLog(long meetingId) {
        load(meetingId, false);
        if (declaredInterests.closedMaterialWithheld(meetingId)) {
            throw new jakarta.ejb.EJBAccessException("The log holds closed-session business of an item in which you "
                    + "declared an interest.");
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (LoggedEvent e : events(meetingId)) {
            out.add(Json.createObjectBuilder().add("seq", e.seq()).add("at", e.at().toString()).add("type", e.type())
                    .add("actor", e.actor())
                    .add("event", Json.createReader(new java.io.StringReader(e.payload())).readObject()));
        }
        return out.build().toString();
    }

    /** A command of whoever runs the meeting: the clerk, or the chair of this meeting's body. */
    private LiveView run(long meetingId, Function<Loaded, LiveEvent> command) {
        return run(meetingId, command, true);
    }

    /** A command from a member's own seat (their tablet): any member with a seat on the body. */
    private LiveView runForSeat(long meetingId, Function<Loaded, LiveEvent> command) {
        return run(meetingId, command, false);
    }

    private LiveView run(long meetingId, Function<Loaded, LiveEvent> command, boolean conducting) {
        Loaded loaded = load(meetingId, true);
        if (conducting) {
            requireConductor(loaded);
        }
        LiveEvent event = command.apply(loaded);
        if (event != null) {
            append(loaded, event);
            // screens are public: they get the state without closed-session matters
            changed.fire(new MeetingChanged(TenantContext.require(), meetingId, view(loaded, true)));
        }
        return view(loaded, false);
    }

    /**
     * The clerk runs any meeting; a chair only the meetings of a body where they hold a presiding seat on the
     * meeting's day ({@link ChairAuthority}).
     */
    private void requireConductor(Loaded loaded) {
        if (session.isCallerInRole(Roles.CLERK) || session.isCallerInRole(Roles.SYSTEM)) {
            return;
        }
        if (!ChairAuthority.presides(loaded.members().values(), Caller.username(session))) {
            throw ca.quorum.shared.application.NotPermittedException.because("console.notYourBody");
        }
    }

    private void append(Loaded loaded, LiveEvent event) {
        long meetingId = loaded.meeting().id();
        String actor = Caller.principalOrSystem(session);
        em.persist(new LoggedEvent(meetingId, loaded.live().log().size(), event, LiveEventCodec.write(event), actor));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", event.type());
        details.put("seq", loaded.live().log().size());
        if (event instanceof LiveEvent.BallotCast cast) {
            List<Ballot> standing = em.createQuery("select b from Ballot b where b.meetingId = :m and b.voteNo = :v "
                    + "and b.memberId = :member", Ballot.class).setParameter("m", meetingId)
                    .setParameter("v", (int) cast.vote()).setParameter("member", cast.member()).getResultList();
            if (standing.isEmpty()) {
                em.persist(new Ballot(meetingId, cast));
            } else {
                standing.get(0).change(cast);
            }
            details.put("vote", cast.vote());
            details.put("member", cast.member());
            details.put("choice", cast.choice().name());
            details.put("ballotId", cast.ballotId());
        }
        em.flush();
        audit.record("MeetingEvent", "meeting", Long.toString(meetingId), details);
        if (event instanceof LiveEvent.CalledToOrder) {
            loaded.meeting().begin();
        } else if (event instanceof LiveEvent.Adjourned || event instanceof LiveEvent.ClosedWithoutQuorum) {
            loaded.meeting().adjourn();
            // the meeting's log and ballots are a record from now on, filed under their class
            java.time.LocalDate day = loaded.meeting().startsAt().atZone(em.find(Municipality.class,
                    TenantContext.require()).timeZone()).toLocalDate();
            retention.classify(ca.quorum.records.domain.RecordKind.MEETING_LOG, meetingId, day, meetingId, day);
        }
        if (event instanceof LiveEvent.VoteClosed closed && closed.tally().carried()) {
            long motion = loaded.live().votes().stream().filter(v -> v.id() == closed.vote()).findFirst()
                    .orElseThrow().motion();
            numberResolution(loaded, motion);
            if (loaded.live().motion(motion).kind() == MotionKind.WALK_ON) {
                addWalkOn(loaded, loaded.live().motion(motion));
            }
        }
        if (event instanceof LiveEvent.Adjourned) { // the motions and their results become searchable
            searchOutbox.enqueue(ca.quorum.discovery.application.SearchOutbox.Kind.MEETING, meetingId);
        }
    }

    /** Adds the item a carried walk-on motion names, to the section of the item under consideration. */
    private void addWalkOn(Loaded loaded, LiveMeeting.Motion motion) {
        Agenda agenda = agendaOf(loaded.meeting().id());
        Long current = loaded.live().currentItem();
        ca.quorum.meeting.domain.AgendaSection section = current != null
                ? agenda.itemsInOrder().stream().filter(i -> i.id() == current).findFirst()
                        .map(AgendaItem::section).orElse(null) : null;
        if (section == null) {
            section = agenda.sections().stream().filter(x -> x.kind() == ca.quorum.meeting.domain.SectionKind.REPORTS)
                    .findFirst().orElse(agenda.sections().get(agenda.sections().size() - 1));
        }
        AgendaItem item = agenda.addWalkOn(section, motion.subject(), Instant.now());
        em.flush();
        audit.record("AgendaItemAdded", "meeting", Long.toString(loaded.meeting().id()), Map.of("number",
                agenda.number(item), "title", item.title(), "walkOnMotion", motion.id()));
    }

    /**
     * Gives a motion just carried its resolution number when it takes one: the next of the body's year (drawn from
     * a counter row in this transaction, so numbers are never shared or skipped), written in the municipality's
     * pattern.
     */
    private void numberResolution(Loaded loaded, long motionId) {
        if (!loaded.live().motion(motionId).takesResolutionNumber()) {
            return;
        }
        Meeting meeting = loaded.meeting();
        Municipality municipality = em.find(Municipality.class, TenantContext.require());
        int year = meeting.startsAt().atZone(municipality.timeZone()).getYear();
        int seq = ((Number) em.createNativeQuery("insert into resolution_counter (tenant, body_id, year, last) "
                + "values (?1, ?2, ?3, 1) on conflict (body_id, year) do update set last = resolution_counter.last + 1 "
                + "returning last").setParameter(1, TenantContext.require()).setParameter(2, meeting.body().id())
                .setParameter(3, year).getSingleResult()).intValue();
        String number = new ResolutionPattern(municipality.resolutionPattern())
                .number(meeting.body().resolutionPrefix(), year, seq);
        append(loaded, loaded.live().numberResolution(motionId, number, Instant.now()));
    }

    private Loaded load(long meetingId, boolean forChange) {
        Meeting meeting = TenantFind.byId(em, Meeting.class, meetingId,
                forChange ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .orElseThrow(() -> new RecordNotFoundException("meeting " + meetingId));
        Municipality municipality = em.find(Municipality.class, TenantContext.require());
        LocalDate day = meeting.startsAt().atZone(municipality.timeZone()).toLocalDate();
        Map<Long, Member> members = new LinkedHashMap<>();
        meeting.body().seatedOn(day).forEach(m -> members.put(m.id(), m));
        List<LiveEvent> events = events(meetingId).stream().map(e -> LiveEventCodec.read(e.type(), e.payload()))
                .toList();
        LiveMeeting live = LiveMeeting.replay(meeting.body().meetingRules(day), members.keySet(), events);
        return new Loaded(meeting, live, members);
    }

    private List<LoggedEvent> events(long meetingId) {
        return em.createQuery("select e from LoggedEvent e where e.meetingId = :m order by e.seq", LoggedEvent.class)
                .setParameter("m", meetingId).getResultList();
    }

    /**
     * The state for a screen. The public version ({@code forPublic}) never carries closed-session matters, as
     * {@link ca.quorum.meeting.domain.live.ClosedMatters} decides them: a closed motion is left out, and so is any
     * vote or tally on one. In closed session, members who declared an interest in the item under consideration are
     * shown as having left (MCIA s.5(2)).
     */
    private static LiveView view(Loaded loaded, boolean forPublic) {
        LiveMeeting live = loaded.live();
        java.util.function.Predicate<LiveMeeting.Motion> shown = m -> !(forPublic && m.closed());
        Map<Long, Member> members = loaded.members();
        Function<Long, String> name = id -> id == null ? null
                : members.containsKey(id) ? members.get(id).fullName() : "member " + id;
        Set<Long> declared = live.currentItem() == null ? Set.of() : live.declarations(live.currentItem()).keySet();
        List<LiveView.Attendee> attendees = new ArrayList<>();
        for (Member m : members.values()) {
            Presence presence = live.present().getOrDefault(m.id(), Presence.ABSENT);
            boolean outForInterest = live.closedSession() != null && declared.contains(m.id());
            attendees.add(new LiveView.Attendee(m.id(), m.fullName(), outForInterest ? "LEFT_FOR_INTEREST"
                    : presence.name(), declared.contains(m.id()), live.attendanceChangedAt(m.id()).orElse(null),
                    live.rules().weight(m.id())));
        }
        List<LiveView.MotionView> motions = live.motions().stream().filter(shown)
                .map(m -> new LiveView.MotionView(m.id(), wording(m), name.apply(m.mover()), name.apply(m.seconder()),
                        m.amends(), m.rule().name(), m.status().name(), m.kind().name(), m.resolution()))
                .toList();
        LiveMeeting.Vote open = live.openVote();
        LiveView.VoteView openView = null;
        if (open != null && shown.test(live.motion(open.motion()))) {
            LiveMeeting.Motion motion = live.motion(open.motion());
            int eligible = live.eligibleVotes(motion);
            openView = new LiveView.VoteView(open.id(), open.motion(), wording(motion), open.recorded(), true,
                    open.ballots().size(), eligible, motion.rule().needed(eligible, live.rules().totalVotes()), null,
                    null, null, null, false, List.of(), List.of(), List.of());
        }
        LiveView.VoteView last = live.votes().stream().filter(v -> !v.open())
                .filter(v -> shown.test(live.motion(v.motion()))).reduce((a, b) -> b).map(v -> {
                    LiveMeeting.Motion motion = live.motion(v.motion());
                    if (v.lapsed()) {
                        return new LiveView.VoteView(v.id(), v.motion(), motion.text(), v.recorded(), false,
                                v.ballots().size(), 0, 0, null, null, null, null, true, List.of(), List.of(),
                                List.of());
                    }
                    List<String> yes = v.recorded() ? names(v, Choice.YES, name) : List.of();
                    List<String> no = v.recorded() ? names(v, Choice.NO, name) : List.of();
                    List<String> deemed = v.recorded() ? v.deemed().stream().map(name).sorted().toList() : List.of();
                    return new LiveView.VoteView(v.id(), v.motion(), motion.text(), v.recorded(), false,
                            v.ballots().size(), v.tally().base(),
                            motion.rule().needed(v.tally().base(), live.rules().totalVotes()), v.tally().yes(),
                            v.tally().no(), v.tally().deemedNo(), v.tally().carried(), false, yes, no, deemed);
                }).orElse(null);
        return new LiveView(loaded.meeting().id(), loaded.meeting().title(), live.status().name(),
                live.closedSession() == null ? null : live.closedSession().citation(), live.currentItemLabel(),
                live.currentItem(), new LiveView.Quorum(live.countedForQuorum(live.currentItem()),
                        live.rules().quorum(), live.hasQuorum()),
                attendees, motions, openView, last, live.log().size(),
                forPublic ? List.of() : live.closedSessionResolutions().stream().map(LiveMeeting.Motion::id).toList(),
                live.pointOfOrder() == null || forPublic && live.closedSession() != null ? null
                        : name.apply(live.pointOfOrder().member()) + ": " + live.pointOfOrder().point(),
                live.rulingAppealable(), List.copyOf(live.liftedFromConsent()));
    }

    /** What council votes on: the motion as amended once the clerk restated it, otherwise as moved. */
    private static String wording(LiveMeeting.Motion motion) {
        return motion.asAmended() != null ? motion.asAmended() : motion.text();
    }

    private static List<String> names(LiveMeeting.Vote vote, Choice choice, Function<Long, String> name) {
        return vote.ballots().entrySet().stream().filter(e -> e.getValue() == choice).map(e -> name.apply(e.getKey()))
                .sorted().collect(Collectors.toList());
    }

}
