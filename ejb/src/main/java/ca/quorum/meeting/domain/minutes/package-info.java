/**
 * Minutes and by-laws: the draft written from the meeting's log without note or comment (Municipal Act s.228), its
 * versions, adoption by a later meeting's motion, freezing and linked corrections; by-laws with their readings and
 * the motion that enacted them. Plain Java.
 */
package ca.quorum.meeting.domain.minutes;
