/** Public pages: the list of municipalities and a municipality's home page, and the signed-in user's workspace. */
package ca.quorum.web.home;
