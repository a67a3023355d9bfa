/** Administrator pages: user accounts and roles, and the audit chain's verification. */
package ca.quorum.web.admin;
