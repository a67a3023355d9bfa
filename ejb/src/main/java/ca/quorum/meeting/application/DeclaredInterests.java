package ca.quorum.meeting.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.meeting.domain.Agenda;
import ca.quorum.meeting.domain.AgendaItem;
import ca.quorum.meeting.domain.Audience;
import ca.quorum.meeting.domain.Meeting;
import ca.quorum.meeting.domain.Member;
import ca.quorum.meeting.domain.live.ClosedMaterial;
import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.live.LoggedEvent;
import ca.quorum.meeting.infrastructure.LiveEventCodec;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.infrastructure.TenantFind;

/**
 * Which version of a meeting's material the caller reads: the complete one for the clerk, the FOI officer and members,
 * except a councillor or chair who declared an interest in one of the meeting's closed items ({@link ClosedMaterial}),
 * who reads the public one while the declaration stands; everyone else the public one.
 */
@Stateless
@PermitAll
public class DeclaredInterests {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The version of this meeting's agenda, packet, attachments and live state the caller reads. */
    public Audience audienceFor(long meetingId) {
        Audience audience = Agendas.audienceOf(session);
        return audience == Audience.MEMBERS && closedMaterialWithheld(meetingId) ? Audience.PUBLIC : audience;
    }

    /** Whether the caller is a member who declared an interest in a closed item of this meeting. */
    public boolean closedMaterialWithheld(long meetingId) {
        boolean member = session.isCallerInRole(Roles.COUNCILLOR) || session.isCallerInRole(Roles.CHAIR);
        if (!member || session.isCallerInRole(Roles.CLERK) || session.isCallerInRole(Roles.FOI_OFFICER)) {
            return false;
        }
        List<LoggedEvent> declared = em.createQuery("select e from LoggedEvent e where e.meetingId = :m and e.type = "
                + "'InterestDeclared'", LoggedEvent.class).setParameter("m", meetingId).getResultList();
        if (declared.isEmpty()) {
            return false;
        }
        String me = Caller.username(session);
        Meeting meeting = TenantFind.byId(em, Meeting.class, meetingId).orElse(null);
        if (meeting == null) {
            return false;
        }
        Set<Long> seats = meeting.body().members().stream().filter(m -> me.equals(m.username())).map(Member::id)
                .collect(Collectors.toSet());
        Set<Long> closedItems = em.createQuery("select a from Agenda a where a.meeting.id = :m", Agenda.class)
                .setParameter("m", meetingId).getResultStream().flatMap(a -> a.itemsInOrder().stream())
                .filter(AgendaItem::closed).map(AgendaItem::id).collect(Collectors.toSet());
        List<LiveEvent> events = declared.stream().map(e -> LiveEventCodec.read(e.type(), e.payload())).toList();
        return ClosedMaterial.withheldFrom(seats, events, closedItems);
    }
}
