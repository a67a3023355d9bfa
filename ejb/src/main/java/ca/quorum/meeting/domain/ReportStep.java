package ca.quorum.meeting.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** One approval a staff report needs, in order; the chain is copied from the municipality's at submission. */
@Entity
@Table(name = "report_step")
public class ReportStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private StaffReport report;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String approver;

    @Column(name = "approved_at")
    private Instant approvedAt;

    protected ReportStep() {
    }

    ReportStep(StaffReport report, int position, ApprovalStepSpec spec) {
        this.report = report;
        this.position = position;
        this.title = spec.title();
        this.approver = spec.approver();
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String approver() {
        return approver;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    void approve(Instant at) {
        approvedAt = at;
    }
}
