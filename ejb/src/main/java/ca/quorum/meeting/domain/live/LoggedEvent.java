package ca.quorum.meeting.domain.live;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One stored entry of a meeting's log: its place, time, type and the event as JSON. Never changed. */
@Entity
@Immutable
@Table(name = "meeting_event")
public class LoggedEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(nullable = false, updatable = false)
    private String actor;

    protected LoggedEvent() {
    }

    public LoggedEvent(long meetingId, int seq, LiveEvent event, String payload, String actor) {
        this.meetingId = meetingId;
        this.seq = seq;
        this.at = event.at();
        this.type = event.type();
        this.payload = payload;
        this.actor = actor;
    }

    public long meetingId() {
        return meetingId;
    }

    public int seq() {
        return seq;
    }

    public Instant at() {
        return at;
    }

    public String type() {
        return type;
    }

    public String payload() {
        return payload;
    }

    public String actor() {
        return actor;
    }
}
