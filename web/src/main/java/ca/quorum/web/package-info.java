/**
 * The web interface: Faces views for staff, councillors and the public, the REST API, the health probe. Views and
 * resources call one application service each; none touches persistence.
 */
package ca.quorum.web;
