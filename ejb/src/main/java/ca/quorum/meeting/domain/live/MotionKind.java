package ca.quorum.meeting.domain.live;

/**
 * What a motion is for. The kind decides what the motion acts on, what follows when it carries, and whether council
 * may vote on it in closed session (Municipal Act s.239(6)).
 */
public enum MotionKind {
    /** A substantive motion on the item under consideration. */
    MAIN,
    /** Changes a pending motion; voted before it, the last moved first, one level of sub-amendment. */
    AMENDMENT,
    /** Brings a decided motion back before the meeting; moved by a member of the prevailing side. */
    RECONSIDERATION,
    /** Defers a pending motion to a later date or meeting; carried, the motion leaves the floor. */
    DEFERRAL,
    /** Refers a pending motion to a body or to staff, with instructions; carried, the motion leaves the floor. */
    REFERRAL,
    /**
     * Adopts every item of the consent agenda still on it, by one vote; a member with a declared interest in any of
     * them may not vote on it unless that item was lifted.
     */
    CONSENT,
    /** The resolution, in open session, that council proceed into closed session and why (s.239(4)). */
    CLOSED_SESSION,
    /** Directions or instructions to officers, employees or agents: may be voted in closed session (s.239(6)(b)). */
    DIRECTION_TO_STAFF,
    /** A procedural matter: may be voted in closed session (s.239(6)(a)). */
    PROCEDURAL,
    /** Lays a pending motion on the table; carried, it waits there until lifted. Procedural. */
    TABLE,
    /** Takes a tabled motion from the table, back before the meeting. Procedural. */
    LIFT_FROM_TABLE,
    /** The previous question: carried (two-thirds by default), debate ends and the motion is put to the vote. */
    PREVIOUS_QUESTION,
    /** An appeal of the chair's ruling on a point of order: "that the chair's ruling be sustained". */
    APPEAL,
    /** Adopts the agenda of the meeting, as presented or amended. */
    AGENDA_ADOPTION,
    /** Adds an item not on the agenda (a walk-on); two-thirds by default. */
    WALK_ON;

    /** Whether the motion acts on another motion (named by its target). */
    public boolean targetsAMotion() {
        return this == AMENDMENT || this == RECONSIDERATION || this == DEFERRAL || this == REFERRAL || this == TABLE
                || this == LIFT_FROM_TABLE || this == PREVIOUS_QUESTION;
    }

    /**
     * Whether the motion acts on a pending motion and is voted before it (the last moved first): amendments,
     * deferrals, referrals, tabling, the previous question. A reconsideration or a lift from the table acts on a
     * motion no longer before the meeting.
     */
    public boolean actsOnPendingMotion() {
        return this == AMENDMENT || this == DEFERRAL || this == REFERRAL || this == TABLE || this == PREVIOUS_QUESTION;
    }

    /** Whether the motion concerns the meeting rather than an agenda item, so it is voted whatever item is current. */
    public boolean aboutTheMeeting() {
        return this == AGENDA_ADOPTION || this == WALK_ON || this == APPEAL;
    }

    /**
     * Whether council may vote on a motion of this kind while in closed session: procedural matters and directions
     * to staff only (Municipal Act s.239(6)). Deferral and referral are procedural; an amendment or a
     * reconsideration takes the kind of the motion it acts on.
     */
    boolean votableInClosedSession() {
        return this == PROCEDURAL || this == DIRECTION_TO_STAFF || this == DEFERRAL || this == REFERRAL
                || this == TABLE || this == LIFT_FROM_TABLE || this == PREVIOUS_QUESTION || this == APPEAL;
    }

    /** What a stored motion was, for logs written before kinds were recorded. */
    static MotionKind of(MotionKind recorded, Long target, boolean reconsiders) {
        if (recorded != null) {
            return recorded;
        }
        return reconsiders ? RECONSIDERATION : target != null ? AMENDMENT : MAIN;
    }
}
