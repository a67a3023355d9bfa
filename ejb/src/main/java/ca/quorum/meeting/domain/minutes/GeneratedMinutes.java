package ca.quorum.meeting.domain.minutes;

import java.util.Optional;

/**
 * Draft minutes as written from the log: the open minutes, and the closed-session minutes when the meeting had a
 * closed session or acted on a closed item (a separate document, for authorised roles only).
 */
public record GeneratedMinutes(String open, Optional<String> closed) {
}
