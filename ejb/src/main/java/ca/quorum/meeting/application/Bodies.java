package ca.quorum.meeting.application;

import java.time.LocalDate;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.meeting.domain.Body;
import ca.quorum.meeting.domain.BodyKind;
import ca.quorum.meeting.domain.Member;
import ca.quorum.meeting.domain.MemberRole;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.infrastructure.TenantFind;

/** The clerk keeps the municipality's council, committees and boards and who sits on them, term by term. */
@Stateless
@RolesAllowed(Roles.CLERK)
public class Bodies {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    public long createBody(String name, String nameFr, BodyKind kind) {
        Body body = new Body(name, nameFr, kind);
        em.persist(body);
        em.flush();
        audit.record("BodyCreated", "body", body.id().toString(),
                Map.of("name", body.name("en"), "kind", kind.name(), "members", ""));
        return body.id();
    }

    public void seatMember(long bodyId, String fullName, MemberRole role, LocalDate termStart, LocalDate termEnd) {
        Body body = TenantFind.byId(em, Body.class, bodyId)
                .orElseThrow(() -> new RecordNotFoundException("body " + bodyId));
        Member member = body.seat(fullName, role, termStart, termEnd);
        em.flush();
        audit.record("MemberSeated", "body", Long.toString(bodyId), Map.of("member", member.fullName(),
                "role", role.name(), "termStart", termStart.toString(),
                "termEnd", termEnd == null ? "" : termEnd.toString()));
    }

    /**
     * Sets the procedure by-law's choices for a body's meetings: whether members attending electronically count
     * toward quorum (s.238(3.1)), whether motions need a seconder, whether a present member who does not vote counts
     * against (s.246(2)), and whether a ballot can be changed until the vote closes.
     */
    public void setProcedure(long bodyId, boolean electronicCounts, boolean seconderRequired, boolean silenceIsNo,
            boolean changeAllowed) {
        Body body = TenantFind.byId(em, Body.class, bodyId)
                .orElseThrow(() -> new RecordNotFoundException("body " + bodyId));
        body.setProcedure(electronicCounts, seconderRequired, silenceIsNo, changeAllowed);
        audit.record("ProcedureSet", "body", Long.toString(bodyId), Map.of("electronicCountsForQuorum",
                electronicCounts, "secondRequired", seconderRequired, "silentCountsAsNo", silenceIsNo,
                "ballotChangeAllowed", changeAllowed));
    }

    public void endTerm(long memberId, LocalDate lastDay) {
        Member member = TenantFind.byId(em, Member.class, memberId)
                .orElseThrow(() -> new RecordNotFoundException("member " + memberId));
        member.endTerm(lastDay);
        audit.record("TermEnded", "member", Long.toString(memberId),
                Map.of("member", member.fullName(), "lastDay", lastDay.toString()));
    }
}
