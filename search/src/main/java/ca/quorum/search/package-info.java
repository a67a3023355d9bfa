/**
 * Search, in plain Java: the Elasticsearch connection, index mappings, search documents and queries.
 * Talks to Elasticsearch only through {@code elasticsearch-java}; imports no Jakarta EE and nothing of the
 * application ({@code ca.quorum.*} outside this package), so the application maps its records to the
 * documents defined here.
 */
package ca.quorum.search;
