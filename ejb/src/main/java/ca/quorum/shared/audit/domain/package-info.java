/**
 * The audit trail as a hash chain: every state change of a municipality appends an entry whose SHA-256 covers its
 * own canonical form and the previous entry's hash, so that changing, deleting or reordering any entry breaks the
 * chain at that entry. Pure Java; the entities carry mapping annotations only.
 */
package ca.quorum.shared.audit.domain;
