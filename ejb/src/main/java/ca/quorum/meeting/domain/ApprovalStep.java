package ca.quorum.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** One step of the municipality's approval chain for staff reports, as the clerk configured it. */
@Entity
@Table(name = "approval_step")
public class ApprovalStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String approver;

    protected ApprovalStep() {
    }

    public ApprovalStep(int position, ApprovalStepSpec spec) {
        this.position = position;
        this.title = spec.title();
        this.approver = spec.approver();
    }

    public int position() {
        return position;
    }

    public ApprovalStepSpec spec() {
        return new ApprovalStepSpec(title, approver);
    }
}
