/** Tools around the records' search index that run outside the application server (the search benchmark). */
package ca.quorum.discovery.infrastructure;
