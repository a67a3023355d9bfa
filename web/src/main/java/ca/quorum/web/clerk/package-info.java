/** The clerk's desk: bodies and the meetings coming up. */
package ca.quorum.web.clerk;
