/** The public search page, the FOI officer's search, and the search API. */
package ca.quorum.web.search;
