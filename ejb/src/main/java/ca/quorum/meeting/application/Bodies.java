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
import ca.quorum.meeting.domain.ProcedureSettings;
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
     * Sets the procedure by-law's choices for a body's meetings ({@link ProcedureSettings}: electronic members and
     * quorum, seconders, silence, changing ballots, reconsideration, the whole number of members and vacancies, the
     * reading of MCIA s.7(1)); every change is audited with the settings as they now stand.
     */
    public void setProcedure(long bodyId, ProcedureSettings settings) {
        Body body = TenantFind.byId(em, Body.class, bodyId)
                .orElseThrow(() -> new RecordNotFoundException("body " + bodyId));
        body.setProcedure(settings);
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("electronicCountsForQuorum", settings.electronicCountsForQuorum());
        details.put("secondRequired", settings.secondRequired());
        details.put("silentCountsAsNo", settings.silentCountsAsNo());
        details.put("ballotChangeAllowed", settings.ballotChangeAllowed());
        details.put("reconsiderationRule", settings.reconsiderationRule().name());
        details.put("reconsiderationsPerMotion", settings.reconsiderationsPerMotion());
        details.put("seats", settings.seats() == null ? "" : settings.seats());
        details.put("vacanciesReduceQuorum", settings.vacanciesReduceQuorum());
        details.put("deemedQuorum", settings.deemedQuorum().name());
        audit.record("ProcedureSet", "body", Long.toString(bodyId), details);
    }

    /** The body's procedure settings as they stand. */
    public ProcedureSettings procedure(long bodyId) {
        return TenantFind.byId(em, Body.class, bodyId).orElseThrow(() -> new RecordNotFoundException("body " + bodyId))
                .procedure();
    }

    /** Gives a member the votes the body's by-law assigns (weighted votes of county councils). */
    public void weighVotes(long memberId, int votes) {
        Member member = TenantFind.byId(em, Member.class, memberId)
                .orElseThrow(() -> new RecordNotFoundException("member " + memberId));
        member.weighVotes(votes);
        audit.record("VotesWeighted", "member", Long.toString(memberId),
                Map.of("member", member.fullName(), "votes", votes));
    }

    public void endTerm(long memberId, LocalDate lastDay) {
        Member member = TenantFind.byId(em, Member.class, memberId)
                .orElseThrow(() -> new RecordNotFoundException("member " + memberId));
        member.endTerm(lastDay);
        audit.record("TermEnded", "member", Long.toString(memberId),
                Map.of("member", member.fullName(), "lastDay", lastDay.toString()));
    }
}
