/**
 * Resolves the municipality of each request from its address, once, and keeps a signed-in user inside their own
 * municipality. Also where security headers and page access rules are applied.
 */
package ca.quorum.web.tenant;
