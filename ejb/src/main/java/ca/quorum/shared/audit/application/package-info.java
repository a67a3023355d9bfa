/** Appending to and verifying a municipality's audit chain; called inside every state-changing transaction. */
package ca.quorum.shared.audit.application;
