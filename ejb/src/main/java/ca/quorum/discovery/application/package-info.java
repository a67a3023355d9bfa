/**
 * Discovery: records across the application as search sees them: the transactional outbox that publishing writes to,
 * the indexer that turns each published record into search documents (PDF text page by page), the public and FOI
 * searches, and the audit of the FOI officer's reads of closed material. (Records management, retention and
 * disposition, is {@code ca.quorum.records}.)
 */
package ca.quorum.discovery.application;
