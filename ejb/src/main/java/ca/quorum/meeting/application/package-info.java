/** Application services of the meeting context: what the public calendar and the clerk's desk read. */
package ca.quorum.meeting.application;
