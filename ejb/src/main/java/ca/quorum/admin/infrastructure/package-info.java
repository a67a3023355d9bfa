/** JPA repositories for municipalities and user accounts; tenant filtering is Hibernate's, not theirs. */
package ca.quorum.admin.infrastructure;
