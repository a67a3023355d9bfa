/** The audit verifier as a command-line program over JDBC, for operators: {@code ./quorum verify-audit}. */
package ca.quorum.shared.audit.infrastructure;
