package ca.quorum.web.clerk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import ca.quorum.meeting.application.ApprovalChain;
import ca.quorum.meeting.domain.ApprovalStepSpec;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;

/** The clerk sets who approves staff reports, in order (e.g. manager, director, clerk). */
@Named
@ViewScoped
public class ApprovalChainView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A step as edited on the page. */
    public static final class Step implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String approver;

        Step(String title, String approver) {
            this.title = title;
            this.approver = approver;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getApprover() {
            return approver;
        }

        public void setApprover(String approver) {
            this.approver = approver;
        }
    }

    @EJB
    ApprovalChain chain;

    private List<Step> steps = new ArrayList<>();

    @PostConstruct
    void init() {
        steps = new ArrayList<>(chain.steps().stream().map(s -> new Step(s.title(), s.approver())).toList());
    }

    public void add() {
        steps.add(new Step("", ""));
    }

    public void remove(int index) {
        steps.remove(index);
    }

    public void up(int index) {
        if (index > 0) {
            steps.add(index - 1, steps.remove(index));
        }
    }

    public void save() {
        try {
            chain.replace(steps.stream().map(s -> new ApprovalStepSpec(s.title, s.approver)).toList());
            Notices.done("chain.saved");
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public List<Step> getSteps() {
        return steps;
    }
}
