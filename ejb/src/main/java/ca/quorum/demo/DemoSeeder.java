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
    AuditLog audit;

    @Inject
    PasswordHashing passwords;

    @EJB
    Agendas agendas;

    @EJB
    FileStore files;

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
