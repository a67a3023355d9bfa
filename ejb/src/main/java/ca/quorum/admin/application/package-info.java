/**
 * Application services for municipalities and user accounts: the transaction and role boundary. Each loads, asks
 * the domain, stores and appends the audit entry in the same transaction.
 */
package ca.quorum.admin.application;
