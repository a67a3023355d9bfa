package ca.quorum.meeting.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A person's seat on a body for a term of office. */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Column(name = "username")
    private String username;

    @Column(name = "vote_weight", nullable = false)
    private int voteWeight = 1;

    protected Member() {
    }

    Member(Body body, String fullName, MemberRole role, LocalDate termStart, LocalDate termEnd) {
        if (fullName == null || fullName.isBlank()) {
            throw new ca.quorum.shared.domain.RuleViolation("A member needs a name.");
        }
        if (termStart == null) {
            throw new ca.quorum.shared.domain.RuleViolation("A term needs its first day.");
        }
        if (termEnd != null && termEnd.isBefore(termStart)) {
            throw new ca.quorum.shared.domain.RuleViolation("A term cannot end before it starts.");
        }
        if (role == null) {
            throw new ca.quorum.shared.domain.RuleViolation("A member needs a role.");
        }
        this.body = body;
        this.fullName = fullName.strip();
        this.role = role;
        this.termStart = termStart;
        this.termEnd = termEnd;
    }

    /** Ends the term on {@code day} (resignation, vacancy declared); it cannot end before it started. */
    public void endTerm(LocalDate day) {
        if (day == null || day.isBefore(termStart)) {
            throw new ca.quorum.shared.domain.RuleViolation("A term cannot end before it starts (" + termStart + ").");
        }
        if (termEnd != null && termEnd.isBefore(day)) {
            throw new ca.quorum.shared.domain.RuleViolation("This term already ended on " + termEnd + ".");
        }
        termEnd = day;
    }

    public Long id() {
        return id;
    }

    /** Whether the member holds the seat on {@code day} (terms include both ends). */
    public boolean sitsOn(LocalDate day) {
        return !day.isBefore(termStart) && (termEnd == null || !day.isAfter(termEnd));
    }

    boolean overlaps(LocalDate start, LocalDate end) {
        return (end == null || !end.isBefore(termStart)) && (termEnd == null || !termEnd.isBefore(start));
    }

    /** How many votes the member casts: one, unless the body's by-law gives more (county councils). */
    public int voteWeight() {
        return voteWeight;
    }

    /** Gives the member the votes the body's by-law assigns. */
    public void weighVotes(int votes) {
        if (votes < 1 || votes > 20) {
            throw new ca.quorum.shared.domain.RuleViolation("A member casts 1 to 20 votes.");
        }
        this.voteWeight = votes;
    }

    public String fullName() {
        return fullName;
    }

    /** The user account that votes for this seat on a tablet; none: the clerk records this member's votes. */
    public String username() {
        return username;
    }

    public void votesAs(String user) {
        this.username = user == null || user.isBlank() ? null : user.strip();
    }

    public Body body() {
        return body;
    }

    public LocalDate termStart() {
        return termStart;
    }

    public LocalDate termEnd() {
        return termEnd;
    }

    public MemberRole role() {
        return role;
    }
}
