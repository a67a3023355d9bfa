package ca.quorum.meeting.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.admin.domain.UserAccountRepository;
import ca.quorum.meeting.domain.ApprovalStep;
import ca.quorum.meeting.domain.ApprovalStepSpec;
import ca.quorum.shared.application.RequestRefusedException;
import ca.quorum.shared.audit.application.AuditLog;

/** The municipality's approval chain for staff reports (e.g. manager, director, clerk), set by the clerk. */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.ADMINISTRATOR, Roles.SYSTEM})
public class ApprovalChain {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccountRepository users;

    @EJB
    AuditLog audit;

    @RolesAllowed({Roles.CLERK, Roles.ADMINISTRATOR, Roles.SYSTEM, Roles.REPORT_AUTHOR})
    public List<ApprovalStepSpec> steps() {
        return em.createQuery("select s from ApprovalStep s order by s.position", ApprovalStep.class)
                .getResultList().stream().map(ApprovalStep::spec).toList();
    }

    /** Replaces the chain; every approver must be a user of the municipality. Reports in approval keep theirs. */
    public List<ApprovalStepSpec> replace(List<ApprovalStepSpec> steps) {
        List<String> problems = new ArrayList<>();
        if (steps.isEmpty()) {
            problems.add("The approval chain needs at least one step.");
        }
        for (ApprovalStepSpec step : steps) {
            if (users.findByUsername(step.approver()).isEmpty()) {
                problems.add("There is no user " + step.approver() + " to approve the step " + step.title() + ".");
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestRefusedException(problems);
        }
        em.createQuery("select s from ApprovalStep s", ApprovalStep.class).getResultList().forEach(em::remove);
        em.flush();
        for (int i = 0; i < steps.size(); i++) {
            em.persist(new ApprovalStep(i, steps.get(i)));
        }
        audit.record("ApprovalChainSet", "approval-chain", "-", Map.of("steps", String.join(" > ",
                steps.stream().map(s -> s.title() + " (" + s.approver() + ")").toList())));
        return steps;
    }
}
