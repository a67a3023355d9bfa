/**
 * The live meeting as an append-only log of events: attendance, items, declarations of interest, motions, votes and
 * ballots. {@link ca.quorum.meeting.domain.live.LiveMeeting} replays the log and decides every command by the rules
 * of the Municipal Act and the Municipal Conflict of Interest Act; quorum and vote outcomes are computed, never
 * stored apart from the log. Plain Java.
 */
package ca.quorum.meeting.domain.live;
