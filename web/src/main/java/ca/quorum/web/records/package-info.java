/** Minutes, by-laws, signing keys and the public verification page. */
package ca.quorum.web.records;
