/** Storage formats of the meeting context: the JSON of logged meeting events. */
package ca.quorum.meeting.infrastructure;
