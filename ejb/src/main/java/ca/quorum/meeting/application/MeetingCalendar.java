package ca.quorum.meeting.application;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Municipality;
import ca.quorum.meeting.domain.Body;
import ca.quorum.meeting.domain.Meeting;
import ca.quorum.shared.tenant.TenantContext;

/** The current municipality's bodies and meetings, as the public sees them. */
@Stateless
@PermitAll
public class MeetingCalendar {

    /** A meeting on the calendar, its start in the municipality's time zone. */
    public record MeetingSummary(long id, long bodyId, String body, String bodyFr, String title, boolean special,
            ZonedDateTime startsAt, String location, String status) implements java.io.Serializable {
    }

    /** A body with the number of members seated today. */
    public record BodySummary(long id, String name, String nameFr, String kind, int members)
            implements java.io.Serializable {
    }

    /** A body with its members and their terms, and when its agendas close. */
    public record BodyDetail(long id, String name, String nameFr, String kind, int agendaDeadlineDays,
            String agendaDeadlineTime, List<MemberSummary> members, ca.quorum.meeting.domain.live.MeetingRules rules)
            implements java.io.Serializable {
    }

    /** A member; {@code votes}: how many votes they cast (more than one only where the body's by-law says so). */
    public record MemberSummary(long id, String name, String role, java.time.LocalDate termStart,
            java.time.LocalDate termEnd, int votes) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    public MeetingSummary meeting(long id) {
        Municipality municipality = em.find(Municipality.class, TenantContext.require());
        return em.createQuery("select m from Meeting m join fetch m.body where m.id = :id", Meeting.class)
                .setParameter("id", id).getResultList().stream().findFirst()
                .map(m -> summary(m, municipality))
                .orElseThrow(() -> new ca.quorum.shared.application.RecordNotFoundException("meeting " + id));
    }

    /** Meetings starting from {@code from} (inclusive) to {@code to} (exclusive), cancelled ones included. */
    public List<MeetingSummary> between(Instant from, Instant to) {
        Municipality municipality = em.find(Municipality.class, TenantContext.require());
        return em.createQuery("select m from Meeting m join fetch m.body where m.startsAt >= :from "
                + "and m.startsAt < :to order by m.startsAt", Meeting.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(500).getResultList().stream()
                .map(m -> summary(m, municipality)).toList();
    }

    public BodyDetail body(long id) {
        Body body = em.createQuery("select b from Body b left join fetch b.members where b.id = :id", Body.class)
                .setParameter("id", id).getResultList().stream().findFirst()
                .orElseThrow(() -> new ca.quorum.shared.application.RecordNotFoundException("body " + id));
        return new BodyDetail(body.id(), body.name("en"), body.name("fr"), body.kind().name(),
                body.agendaDeadlineDays(), body.agendaDeadlineTime().toString(), body.members().stream()
                        .map(m -> new MemberSummary(m.id(), m.fullName(), m.role().name(), m.termStart(), m.termEnd(),
                                m.voteWeight()))
                        .toList(), body.meetingRules(java.time.LocalDate.now(
                                em.find(Municipality.class, TenantContext.require()).timeZone())));
    }

    private static MeetingSummary summary(Meeting m, Municipality municipality) {
        return new MeetingSummary(m.id(), m.body().id(), m.body().name("en"), m.body().name("fr"), m.title(),
                m.special(), m.startsAt().atZone(municipality.timeZone()), m.location(), m.status().name());
    }

    public List<MeetingSummary> upcoming(int max) {
        Municipality municipality = em.find(Municipality.class, TenantContext.require());
        return em.createQuery("select m from Meeting m join fetch m.body where m.startsAt >= :now "
                + "and m.status <> ca.quorum.meeting.domain.MeetingStatus.CANCELLED order by m.startsAt", Meeting.class)
                .setParameter("now", Instant.now().minusSeconds(6 * 3600))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList().stream()
                .map(m -> new MeetingSummary(m.id(), m.body().id(), m.body().name("en"), m.body().name("fr"),
                        m.title(), m.special(), m.startsAt().atZone(municipality.timeZone()), m.location(),
                        m.status().name()))
                .toList();
    }

    public List<BodySummary> bodies() {
        java.time.LocalDate today = java.time.LocalDate.now(
                em.find(Municipality.class, TenantContext.require()).timeZone());
        return em.createQuery("select distinct b from Body b left join fetch b.members order by b.kind, b.name",
                Body.class).getResultList().stream()
                .sorted(java.util.Comparator.comparing((Body b) -> b.kind().ordinal()).thenComparing(b -> b.name("en")))
                .map(b -> new BodySummary(b.id(), b.name("en"), b.name("fr"), b.kind().name(),
                        (int) b.members().stream().filter(m -> m.sitsOn(today)).count()))
                .toList();
    }
}
