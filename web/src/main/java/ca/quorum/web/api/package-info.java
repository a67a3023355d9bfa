/**
 * The REST API under {@code /api}: plural collection resources, singular item sub-resources, records as JSON,
 * errors as {@code application/problem+json}. Public reads are anonymous; writes need HTTP Basic credentials of a
 * user of the municipality in the address (see README). Described at {@code /openapi}.
 */
package ca.quorum.web.api;
