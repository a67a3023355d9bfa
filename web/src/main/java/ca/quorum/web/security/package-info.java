/**
 * Sign-in: a Jakarta Security authentication mechanism that accepts the sign-in form (session) and HTTP Basic on
 * the API (stateless), both checked by the Authenticator service against the municipality in the address.
 */
package ca.quorum.web.security;
