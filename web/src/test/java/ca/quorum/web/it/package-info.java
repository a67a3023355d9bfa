/**
 * Client-side integration tests of the whole application deployed in WildFly (real PostgreSQL and Elasticsearch):
 * HTTP and API tests, and user journeys in headless Chromium.
 */
package ca.quorum.web.it;
