package ca.quorum.meeting.domain;

/** One step of a municipality's approval chain: who approves (a user name) and in what capacity. */
public record ApprovalStepSpec(String title, String approver) {

    public ApprovalStepSpec {
        if (title == null || title.isBlank() || approver == null || approver.isBlank()) {
            throw new ca.quorum.shared.domain.RuleViolation("Every approval step needs a title and an approver.");
        }
        title = title.strip();
        approver = approver.strip();
    }
}
