/**
 * Technical plumbing shared by every context: schema migrations, the tenant resolver for Hibernate, the search
 * connection and configuration from environment variables.
 */
package ca.quorum.shared.infrastructure;
