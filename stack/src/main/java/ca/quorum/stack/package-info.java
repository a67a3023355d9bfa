/**
 * The running stack for tests and the local run: an embedded PostgreSQL server and an Elasticsearch node
 * started from the server jars, each as its own process. Nothing here is deployed with the application.
 */
package ca.quorum.stack;
