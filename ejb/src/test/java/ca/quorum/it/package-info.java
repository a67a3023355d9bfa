/**
 * Integration tests that run inside WildFly against the real PostgreSQL and Elasticsearch that {@code ./quorum test}
 * starts, with helpers that act as the installation itself or as an administrator.
 */
package ca.quorum.it;
