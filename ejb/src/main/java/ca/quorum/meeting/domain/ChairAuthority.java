package ca.quorum.meeting.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a person holding the chair role may use a chair's powers: on the bodies they preside, and nowhere else.
 * <ul>
 * <li>The head of council presides over council (Municipal Act, 2001, s.225 and s.226.1: the head of council presides
 * over council meetings); a committee is presided by its chair, and by its vice-chair when the chair is absent, as the
 * procedure by-law appoints them (s.238(2)). On each body these are seats ({@link MemberRole#HEAD_OF_COUNCIL},
 * {@link MemberRole#CHAIR}, {@link MemberRole#VICE_CHAIR}) linked to the person's account
 * ({@link Member#votesAs}), for a term that covers the meeting's day.</li>
 * <li>Recording another member's vote is the clerk's act (s.228: the clerk records without note or comment every
 * resolution, decision and proceeding), never the chair's: the chair votes from their own seat.</li>
 * <li>Signing minutes as chair is for the minutes of a body the person presides (s.228(1)(b) read with the procedure
 * by-law: minutes are signed by the person who presided and the clerk).</li>
 * </ul>
 */
public final class ChairAuthority {

    private static final Set<MemberRole> PRESIDING = EnumSet.of(MemberRole.HEAD_OF_COUNCIL, MemberRole.CHAIR,
            MemberRole.VICE_CHAIR);

    private ChairAuthority() {
    }

    /**
     * Whether the account {@code username} holds a presiding seat among {@code seated} (the body's members on the
     * meeting's day).
     */
    public static boolean presides(Collection<Member> seated, String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        return seated.stream().anyMatch(m -> PRESIDING.contains(m.role()) && username.equals(m.username()));
    }

    /** Whether the account {@code username} presides over the body of {@code meeting} on the meeting's day. */
    public static boolean presides(Meeting meeting, java.time.ZoneId zone, String username) {
        return presides(meeting.body().seatedOn(meeting.startsAt().atZone(zone).toLocalDate()), username);
    }

    /** Whether a seat of this kind presides over its body. */
    public static boolean presiding(MemberRole role) {
        return PRESIDING.contains(role);
    }
}
