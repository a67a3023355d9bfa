package ca.quorum.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.application.MunicipalityDirectory;
import ca.quorum.admin.application.PasswordHashing;
import ca.quorum.admin.domain.NewUser;
import ca.quorum.admin.domain.Role;
import ca.quorum.admin.domain.Roles;
import ca.quorum.admin.domain.UserAccount;
import ca.quorum.documents.domain.StoredFile;
import ca.quorum.documents.infrastructure.FileStore;
import ca.quorum.meeting.application.AgendaDraft;
import ca.quorum.meeting.application.Agendas;
import ca.quorum.meeting.domain.ApprovalStep;
import ca.quorum.meeting.domain.ApprovalStepSpec;
import ca.quorum.meeting.domain.Body;
import ca.quorum.meeting.domain.BodyKind;
import ca.quorum.meeting.domain.Meeting;
import ca.quorum.meeting.domain.MemberRole;
import ca.quorum.meeting.domain.ProcedureSettings;
import ca.quorum.meeting.domain.SectionKind;
import ca.quorum.meeting.domain.StaffReport;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.infrastructure.Configuration;

/** Writes one demo municipality in one transaction, as the current municipality. */
@Stateless
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class DemoSeeder {

    public static final String LAKEVIEW = "lakeview-harbour";
    public static final String PINECREST = "pinecrest";
    /** The password of every demo account unless QUORUM_DEMO_PASSWORD says otherwise. */
    public static final String DEFAULT_PASSWORD = "council-demo-2026";

    @EJB
    MunicipalityDirectory directory;

    @EJB
    ca.quorum.discovery.application.SearchOutbox searchOutbox;

    @EJB
    AuditLog audit;

    @Inject
    PasswordHashing passwords;

    @EJB
    Agendas agendas;

    @EJB
    FileStore files;

    @EJB
    ca.quorum.meeting.application.MinutesBook minutes;

    @EJB
    ca.quorum.meeting.application.ByLaws byLaws;

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seed(String slug) {
        switch (slug) {
            case LAKEVIEW -> lakeview();
            case PINECREST -> pinecrest();
            default -> throw new IllegalArgumentException("no demo data for " + slug);
        }
    }

    private void lakeview() {
        ZoneId zone = ZoneId.of("America/Toronto");
        directory.register(LAKEVIEW, "Town of Lakeview Harbour", "Ville de Lakeview Harbour", zone,
                List.of("en", "fr"));
        LocalDate termStart = LocalDate.of(2026, 11, 15);
        LocalDate termEnd = LocalDate.of(2030, 11, 14);
        Body council = body("Council", "Conseil", BodyKind.COUNCIL);
        council.seat("Mayor Eleanor Whitfield", MemberRole.HEAD_OF_COUNCIL, termStart, termEnd).votesAs("mayor");
        for (String name : List.of("Councillor Amara Okafor", "Councillor Benoît Lapointe", "Councillor Grace Chen",
                "Councillor Daniel Moreau", "Councillor Priya Raman", "Councillor Thomas Kowalski",
                "Councillor Sarah Whitehorse", "Councillor Marc-André Gagnon")) {
            council.seat(name, MemberRole.MEMBER, termStart, termEnd)
                    .votesAs(name.equals("Councillor Grace Chen") ? "councillor" : null);
        }
        composedOf(council, 9);
        Body planning = body("Planning and Development Committee", "Comité de la planification et de l'aménagement",
                BodyKind.STANDING_COMMITTEE);
        planning.seat("Councillor Grace Chen", MemberRole.CHAIR, termStart, termEnd);
        planning.seat("Councillor Daniel Moreau", MemberRole.VICE_CHAIR, termStart, termEnd);
        planning.seat("Councillor Priya Raman", MemberRole.MEMBER, termStart, termEnd);
        planning.seat("Councillor Sarah Whitehorse", MemberRole.MEMBER, termStart, termEnd);
        Body finance = body("Finance and Administration Committee", "Comité des finances et de l'administration",
                BodyKind.STANDING_COMMITTEE);
        finance.seat("Councillor Amara Okafor", MemberRole.CHAIR, termStart, termEnd);
        finance.seat("Councillor Thomas Kowalski", MemberRole.VICE_CHAIR, termStart, termEnd);
        finance.seat("Councillor Benoît Lapointe", MemberRole.MEMBER, termStart, termEnd);
        finance.seat("Councillor Marc-André Gagnon", MemberRole.MEMBER, termStart, termEnd);
        em.flush();
        audited(council, planning, finance);

        LocalDate firstTuesday = LocalDate.now(zone).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        for (int week = -2; week < 10; week += 2) {
            LocalDate day = firstTuesday.plusWeeks(week);
            meeting(council, "Regular Council Meeting", day, LocalTime.of(19, 0), zone, "Council Chamber, Town Hall");
            meeting(planning, "Planning and Development Committee", day.plusDays(1), LocalTime.of(14, 0), zone,
                    "Committee Room A, Town Hall");
            meeting(finance, "Finance and Administration Committee", day.plusDays(8), LocalTime.of(9, 30), zone,
                    "Committee Room B, Town Hall");
        }
        meeting(council, "Special Council Meeting: 2027 Budget", firstTuesday.plusDays(3), LocalTime.of(18, 0), zone,
                "Council Chamber, Town Hall");

        user("admin", "Alex Morgan (IT)", EnumSet.of(Role.ADMINISTRATOR));
        user("clerk", "Jordan Tremblay, Town Clerk", EnumSet.of(Role.CLERK));
        user("author", "Sam Patel, Planner", EnumSet.of(Role.REPORT_AUTHOR));
        user("manager", "Pat Okoye, Manager of Planning", EnumSet.of(Role.REPORT_AUTHOR));
        user("director", "Lee Ferreira, Director of Development Services", EnumSet.of(Role.REPORT_AUTHOR));
        user("councillor", "Councillor Grace Chen", EnumSet.of(Role.COUNCILLOR));
        user("mayor", "Mayor Eleanor Whitfield", EnumSet.of(Role.CHAIR, Role.COUNCILLOR));
        user("records", "Robin Nakamura, Records Manager", EnumSet.of(Role.RECORDS_MANAGER));
        user("foi", "Casey Dubois, FOI Coordinator", EnumSet.of(Role.FOI_OFFICER));
        List<ApprovalStepSpec> chain = List.of(new ApprovalStepSpec("Manager", "manager"),
                new ApprovalStepSpec("Director", "director"), new ApprovalStepSpec("Clerk", "clerk"));
        approvalChain(chain.toArray(ApprovalStepSpec[]::new));
        em.flush();
        publishedAgenda(council, chain);
        // two meetings of this term already held (when the term is old enough to have had them)
        LocalDate today = LocalDate.now(zone);
        if (today.minusDays(6).isAfter(termStart)) {
            meeting(council, "Inaugural Council Meeting", today.minusDays(6), LocalTime.of(19, 0), zone,
                    "Council Chamber, Town Hall");
            meeting(council, "Special Council Meeting: Road Resurfacing", today.minusDays(2), LocalTime.of(19, 0),
                    zone, "Council Chamber, Town Hall");
            em.flush();
            heldMeetings(council, today.minusDays(6), today.minusDays(2), zone);
        }
    }

    /**
     * Two council meetings already held this term, as the console would have logged them: the first with a recorded vote, a
     * declaration, a referral and a closed session; the second adopts the first one's minutes and enacts a by-law.
     * The first meeting's minutes are adopted (awaiting the mayor's and the clerk's signatures), the by-law
     * registered, and the second meeting's minutes are a draft.
     */
    private void heldMeetings(Body council, LocalDate firstDay, LocalDate secondDay, ZoneId zone) {
        Meeting first = councilMeetingOn(council, firstDay, zone);
        Meeting second = councilMeetingOn(council, secondDay, zone);
        Map<String, Long> seat = new java.util.HashMap<>();
        council.seatedOn(firstDay).forEach(m -> seat.put(m.fullName(), m.id()));
        Instant t = first.startsAt();
        HeldMeeting log = new HeldMeeting(first, council.meetingRules(firstDay), seat.values());
        for (Map.Entry<String, Long> m : seat.entrySet()) {
            if (!m.getKey().contains("Whitehorse")) {
                log.add(l -> l.recordAttendance(m.getValue(), m.getKey().contains("Gagnon")
                        ? ca.quorum.meeting.domain.live.Presence.ELECTRONIC
                        : ca.quorum.meeting.domain.live.Presence.IN_PERSON, t.minusSeconds(300)));
            }
        }
        log.add(l -> l.callToOrder(t.plusSeconds(120)));
        log.add(l -> l.startItem(1, "2", "Disclosure of pecuniary interest", t.plusSeconds(180)));
        log.add(l -> l.startItem(2, "6.1", "2027 Spring Road Resurfacing Program", t.plusSeconds(600)));
        long resurfacing = log.move(seat.get("Councillor Amara Okafor"), "That Council approve the 2027 spring road "
                + "resurfacing program at a cost of $1,240,000, funded from the roads capital reserve.",
                t.plusSeconds(660));
        log.add(l -> l.second(resurfacing, seat.get("Councillor Benoît Lapointe"), t.plusSeconds(670)));
        log.vote(resurfacing, true, t.plusSeconds(1500), seat.get("Councillor Marc-André Gagnon"));
        log.add(l -> l.startItem(3, "6.2", "Harbourfront Trail Extension", t.plusSeconds(1600)));
        log.add(l -> l.declareInterest(seat.get("Councillor Thomas Kowalski"), 3, "Owns property adjoining the "
                + "proposed trail", t.plusSeconds(1610)));
        long trail = log.move(seat.get("Councillor Grace Chen"), "That Council approve the Harbourfront Trail "
                + "extension design as presented.", t.plusSeconds(1700));
        log.add(l -> l.second(trail, seat.get("Councillor Daniel Moreau"), t.plusSeconds(1710)));
        long referral = log.add(l -> l.moveReferral(seat.get("Councillor Priya Raman"), trail, "the Planning and "
                + "Development Committee", "consult the owners along the route and report back by June",
                t.plusSeconds(1740)));
        log.add(l -> l.second(referral, seat.get("Councillor Amara Okafor"), t.plusSeconds(1750)));
        log.vote(referral, false, t.plusSeconds(1800), null);
        log.add(l -> l.recess(t.plusSeconds(3600)));
        log.add(l -> l.resume(t.plusSeconds(4200)));
        log.add(l -> l.startItem(4, "11", "Closed Session", t.plusSeconds(4210)));
        long closing = log.add(l -> l.moveClosedSession(seat.get("Councillor Daniel Moreau"),
                List.of(ca.quorum.meeting.domain.ClosedReason.LAND), "a proposed acquisition of land along the "
                        + "harbourfront", t.plusSeconds(4220)));
        log.add(l -> l.second(closing, seat.get("Councillor Grace Chen"), t.plusSeconds(4230)));
        log.vote(closing, false, t.plusSeconds(4240), null);
        log.add(l -> l.enterClosedSession(closing, t.plusSeconds(4300)));
        log.add(l -> l.leaveClosedSession(t.plusSeconds(5400)));
        log.add(l -> l.startItem(5, "12", "Rise and Report", t.plusSeconds(5410)));
        long report = log.move(seat.get("Councillor Benoît Lapointe"), "That Council authorize staff to proceed "
                + "with the acquisition of a trail easement as directed in closed session.", t.plusSeconds(5420));
        log.add(l -> l.second(report, seat.get("Councillor Amara Okafor"), t.plusSeconds(5430)));
        log.vote(report, true, t.plusSeconds(5440), null);
        log.add(l -> l.adjourn(t.plusSeconds(5700)));
        log.store();

        Instant u = second.startsAt();
        HeldMeeting next = new HeldMeeting(second, council.meetingRules(secondDay), seat.values());
        seat.values().forEach(m -> next.add(l -> l.recordAttendance(m,
                ca.quorum.meeting.domain.live.Presence.IN_PERSON, u.minusSeconds(300))));
        next.add(l -> l.callToOrder(u.plusSeconds(60)));
        next.add(l -> l.startItem(1, "3.1", "Adoption of the minutes", u.plusSeconds(240)));
        long adoption = next.move(seat.get("Councillor Priya Raman"), "That the minutes of the Inaugural Council "
                + "Meeting of " + firstDay + " be adopted as circulated.", u.plusSeconds(250));
        next.add(l -> l.second(adoption, seat.get("Councillor Sarah Whitehorse"), u.plusSeconds(255)));
        next.vote(adoption, false, u.plusSeconds(300), null);
        next.add(l -> l.startItem(2, "9.1", "By-law 2026-095", u.plusSeconds(2400)));
        long enactment = next.move(seat.get("Councillor Thomas Kowalski"), "That By-law 2026-095, being a by-law to "
                + "authorize the 2027 spring road resurfacing contract, be read a first, second and third time and "
                + "passed.", u.plusSeconds(2410));
        next.add(l -> l.second(enactment, seat.get("Councillor Amara Okafor"), u.plusSeconds(2415)));
        next.vote(enactment, true, u.plusSeconds(2500), null);
        next.add(l -> l.adjourn(u.plusSeconds(3000)));
        next.store();
        em.flush();

        for (var drafted : minutes.generateMinutes(first.id())) {
            minutes.adoptMinutes(drafted.id(), second.id(), adoption);
        }
        minutes.generateMinutes(second.id());
        byLaws.registerByLaw(new ca.quorum.meeting.domain.minutes.ByLaw.Draft("2026-095", "A by-law to authorize "
                + "the 2027 spring road resurfacing contract", "<p>The Council of the Town of Lakeview Harbour "
                + "enacts as follows:</p><ol><li>The Mayor and the Clerk are authorized to sign the contract with "
                + "Harbour Paving Ltd. for the 2027 spring road resurfacing program, in the amount of "
                + "$1,240,000.</li><li>This by-law comes into force on the day it is passed.</li></ol>", false, null,
                null, null), second.id(), enactment);
    }

    private Meeting councilMeetingOn(Body council, LocalDate day, ZoneId zone) {
        return em.createQuery("select m from Meeting m where m.body = :b and m.startsAt = :at", Meeting.class)
                .setParameter("b", council).setParameter("at", ZonedDateTime.of(day, LocalTime.of(19, 0), zone)
                        .toInstant()).getSingleResult();
    }

    /** A meeting's log written as the console would have, with the times it happened. */
    private final class HeldMeeting {
        private final Meeting meeting;
        private final ca.quorum.meeting.domain.live.LiveMeeting live;
        private final List<ca.quorum.meeting.domain.live.LiveEvent> events = new java.util.ArrayList<>();

        HeldMeeting(Meeting meeting, ca.quorum.meeting.domain.live.MeetingRules rules,
                java.util.Collection<Long> roster) {
            this.meeting = meeting;
            this.live = new ca.quorum.meeting.domain.live.LiveMeeting(rules, java.util.Set.copyOf(roster));
        }

        /** Applies a command; the id of the motion it moved, if it moved one, otherwise 0. */
        long add(java.util.function.Function<ca.quorum.meeting.domain.live.LiveMeeting,
                ca.quorum.meeting.domain.live.LiveEvent> command) {
            var event = command.apply(live);
            events.add(event);
            return event instanceof ca.quorum.meeting.domain.live.LiveEvent.MotionMoved moved ? moved.motion() : 0;
        }

        long move(long mover, String text, Instant at) {
            var moved = (ca.quorum.meeting.domain.live.LiveEvent.MotionMoved) live.move(mover, text, null, null, at);
            events.add(moved);
            return moved.motion();
        }

        /** A vote on the motion: everyone present for, except {@code against}; recorded if asked. */
        void vote(long motion, boolean recorded, Instant at, Long against) {
            var opened = (ca.quorum.meeting.domain.live.LiveEvent.VoteOpened) live.openVote(motion, recorded, at);
            events.add(opened);
            for (long member : live.eligibleVoters(live.currentItem())) {
                if (live.present().containsKey(member)) {
                    events.add(live.castBallot(member, Long.valueOf(member).equals(against)
                            ? ca.quorum.meeting.domain.live.Choice.NO : ca.quorum.meeting.domain.live.Choice.YES,
                            "demo-" + meeting.id() + "-" + opened.vote() + "-" + member, at.plusSeconds(20)));
                }
            }
            events.add(live.closeVote(at.plusSeconds(60)));
        }

        void store() {
            meeting.begin();
            if (live.status() == ca.quorum.meeting.domain.live.LiveMeeting.Status.ADJOURNED) {
                meeting.adjourn();
            }
            int seq = 0;
            for (var event : events) {
                em.persist(new ca.quorum.meeting.domain.live.LoggedEvent(meeting.id(), seq++, event,
                        ca.quorum.meeting.infrastructure.LiveEventCodec.write(event), "clerk@" + LAKEVIEW));
                if (event instanceof ca.quorum.meeting.domain.live.LiveEvent.BallotCast cast) {
                    em.persist(new ca.quorum.meeting.domain.live.Ballot(meeting.id(), cast));
                }
            }
            if (events.stream().anyMatch(e -> e instanceof ca.quorum.meeting.domain.live.LiveEvent.Adjourned)) {
                searchOutbox.enqueue(ca.quorum.discovery.application.SearchOutbox.Kind.MEETING, meeting.id());
            }
        }
    }

    /**
     * A council meeting a few weeks ahead with a published agenda: minutes on the consent agenda, an approved staff
     * report with an attachment, a by-law and a closed item; a second report waits for the manager.
     */
    private void publishedAgenda(Body council, List<ApprovalStepSpec> chain) {
        Instant now = Instant.now();
        StaffReport salt = new StaffReport("author", "Sam Patel, Planner", "2027 Road Salt Supply Tender",
                "That Council award the 2027 road salt supply tender to Northern Salt Ltd. for $412,000, "
                        + "the lowest compliant bid.",
                "Three bids were received. Northern Salt Ltd. met every requirement at the lowest price.", now);
        em.persist(salt);
        try {
            Path summary = DemoDocuments.tenderSummary();
            StoredFile file = files.store(summary, "application/pdf");
            salt.attach("author", "Tender evaluation summary.pdf", file, DemoDocuments.PAGES);
            Files.deleteIfExists(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        salt.submit("author", chain, now);
        for (ApprovalStepSpec step : chain) {
            salt.approve(step.approver(), "", now);
        }
        StaffReport trail = new StaffReport("author", "Sam Patel, Planner", "Harbourfront Trail Extension",
                "That Council approve the design of the Harbourfront Trail extension.",
                "The extension joins the trail to the ferry terminal.", now);
        em.persist(trail);
        trail.submit("author", chain, now);
        em.flush();

        Meeting meeting = em.createQuery("select m from Meeting m where m.body = :b and m.startsAt > :after "
                + "order by m.startsAt", Meeting.class).setParameter("b", council)
                .setParameter("after", now.plus(Duration.ofDays(9))).setMaxResults(1).getSingleResult();
        long id = meeting.id();
        AgendaDraft agenda = agendas.agenda(id);
        agendas.addItem(id, section(agenda, SectionKind.ADOPTION_OF_MINUTES), "Minutes of the previous Regular "
                + "Council Meeting", "That the minutes be adopted as circulated.", null, null, null);
        agendas.addItem(id, section(agenda, SectionKind.REPORTS), null, null, null, null, salt.id());
        agendas.addItem(id, section(agenda, SectionKind.BY_LAWS), "By-law 2026-101: to authorize the road salt "
                + "supply agreement", "", null, null, null);
        agendas.addItem(id, section(agenda, SectionKind.CLOSED_SESSION), "Offer to purchase 22 Lakeshore Road",
                "Confidential appraisal attached to the closed report.", "LAND",
                "Proposed acquisition of land, Ward 1", null);
        agendas.publish(id);
    }

    private static long section(AgendaDraft agenda, SectionKind kind) {
        return agenda.sections().stream().filter(s -> s.kind().equals(kind.name())).findFirst().orElseThrow().id();
    }

    private void pinecrest() {
        ZoneId zone = ZoneId.of("America/Toronto");
        directory.register(PINECREST, "Township of Pinecrest", "Canton de Pinecrest", zone, List.of("fr", "en"));
        LocalDate termStart = LocalDate.of(2026, 11, 15);
        LocalDate termEnd = LocalDate.of(2030, 11, 14);
        Body council = body("Council", "Conseil", BodyKind.COUNCIL);
        council.seat("Maire Luc Bérubé", MemberRole.HEAD_OF_COUNCIL, termStart, termEnd);
        for (String name : List.of("Conseillère Nathalie Roy", "Conseiller Kevin O'Brien",
                "Conseillère Émilie Fortin", "Conseiller Jean-Paul Séguin")) {
            council.seat(name, MemberRole.MEMBER, termStart, termEnd);
        }
        composedOf(council, 5);
        em.flush();
        audited(council);
        LocalDate firstMonday = LocalDate.now(zone).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (int week = 0; week < 12; week += 4) {
            meeting(council, "Séance ordinaire du conseil", firstMonday.plusWeeks(week), LocalTime.of(19, 30), zone,
                    "Salle du conseil, hôtel de ville");
        }
        user("admin", "Martine Lefebvre (TI)", EnumSet.of(Role.ADMINISTRATOR));
        user("clerk", "Sophie Gauthier, greffière", EnumSet.of(Role.CLERK));
        approvalChain(new ApprovalStepSpec("Greffière", "clerk"));
    }

    private void approvalChain(ApprovalStepSpec... steps) {
        for (int i = 0; i < steps.length; i++) {
            em.persist(new ApprovalStep(i, steps[i]));
        }
        audit.recordAs(AuditLog.SYSTEM, "ApprovalChainSet", "approval-chain", "-", Map.of("steps",
                String.join(" > ", java.util.Arrays.stream(steps).map(s -> s.title() + " (" + s.approver() + ")")
                        .toList())));
    }

    /** The composition by-law's whole number of members (quorum counts vacancies, s.237); Ontario's defaults. */
    private static void composedOf(Body council, int seats) {
        ProcedureSettings usual = council.procedure();
        council.setProcedure(new ProcedureSettings(usual.electronicCountsForQuorum(), usual.secondRequired(),
                usual.silentCountsAsNo(), usual.ballotChangeAllowed(), usual.reconsiderationRule(),
                usual.reconsiderationsPerMotion(), seats, false, usual.deemedQuorum()));
    }

    private Body body(String name, String nameFr, BodyKind kind) {
        Body body = new Body(name, nameFr, kind);
        em.persist(body);
        return body;
    }

    private void audited(Body... bodies) {
        for (Body body : bodies) {
            audit.recordAs(AuditLog.SYSTEM, "BodyCreated", "body", body.id().toString(),
                    Map.of("name", body.name("en"), "kind", body.kind().name(),
                            "members", String.join("; ", body.members().stream().map(m -> m.fullName()).toList())));
        }
    }

    private void meeting(Body body, String title, LocalDate day, LocalTime time, ZoneId zone,
            String location) {
        Meeting meeting = new Meeting(body, title, title.startsWith("Special"),
                ZonedDateTime.of(day, time, zone).toInstant(), location);
        em.persist(meeting);
        em.flush();
        audit.recordAs(AuditLog.SYSTEM, "MeetingScheduled", "meeting", meeting.id().toString(),
                Map.of("title", meeting.title(), "body", body.name("en"), "startsAt", meeting.startsAt().toString(),
                        "location", location));
    }

    private void user(String username, String displayName, Set<Role> roles) {
        String password = Configuration.get("QUORUM_DEMO_PASSWORD", DEFAULT_PASSWORD);
        NewUser command = new NewUser(username, displayName, username + "@example.org", password, roles);
        UserAccount account = new UserAccount(command, passwords.hash(password));
        em.persist(account);
        em.flush();
        audit.recordAs(AuditLog.SYSTEM, "UserCreated", "user", account.id().toString(),
                Map.of("username", username, "displayName", displayName, "roles",
                        String.join(",", roles.stream().map(Role::roleName).sorted().toList())));
    }
}
