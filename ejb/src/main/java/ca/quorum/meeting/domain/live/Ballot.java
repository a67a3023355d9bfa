package ca.quorum.meeting.domain.live;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A member's standing ballot in one vote: the database allows one per member per vote and one per client ballot
 * id, so a retried or doubled request can never count twice.
 */
@Entity
@Table(name = "ballot")
public class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "vote_no", nullable = false, updatable = false)
    private int voteNo;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Choice choice;

    @Column(name = "ballot_id", nullable = false)
    private String ballotId;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected Ballot() {
    }

    public Ballot(long meetingId, LiveEvent.BallotCast cast) {
        this.meetingId = meetingId;
        this.voteNo = (int) cast.vote();
        this.memberId = cast.member();
        change(cast);
    }

    /** The member changed their ballot before the vote closed (where the by-law allows it). */
    public void change(LiveEvent.BallotCast cast) {
        this.choice = cast.choice();
        this.ballotId = cast.ballotId();
        this.castAt = cast.at();
    }

    public long memberId() {
        return memberId;
    }

    public int voteNo() {
        return voteNo;
    }

    public Choice choice() {
        return choice;
    }
}
