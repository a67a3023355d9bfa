/**
 * Records management: the classification plan, retention rules, the disposition date every record gets when it is
 * created, legal holds, and what may be proposed for disposition. Plain Java: the rules are here, unit-tested; the
 * storage and the jobs come around them (issue 14).
 */
package ca.quorum.records.domain;
