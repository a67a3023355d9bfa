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
            ZonedDateTime startsAt, String location, String status) {
    }

    /** A body with the number of members seated today. */
    public record BodySummary(long id, String name, String nameFr, String kind, int members) {
    }

    @PersistenceContext
    EntityManager em;

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
                .map(b -> new BodySummary(b.id(), b.name("en"), b.name("fr"), b.kind().name(),
                        (int) b.members().stream().filter(m -> m.sitsOn(today)).count()))
                .toList();
    }
}
