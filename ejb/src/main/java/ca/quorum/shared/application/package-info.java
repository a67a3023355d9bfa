/** What every application service shares: the refusal exceptions and the operator's health check. */
package ca.quorum.shared.application;
