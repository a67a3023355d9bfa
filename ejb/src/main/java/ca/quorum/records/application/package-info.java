/**
 * Records across the application as search sees them: the transactional outbox that publishing writes to, the
 * indexer that turns each published record into search documents (PDF text page by page), and the public and FOI
 * searches. Later: retention, legal holds and disposition.
 */
package ca.quorum.records.application;
