/**
 * Municipalities (the tenants of a shared installation), their user accounts and the roles those accounts hold.
 * Rules about who may be created and with what password live here, without persistence or container code.
 */
package ca.quorum.admin.domain;
