/**
 * Councils, committees and boards (bodies), their members and terms, and their meetings. The live meeting, agenda
 * and vote rules build on these.
 */
package ca.quorum.meeting.domain;
