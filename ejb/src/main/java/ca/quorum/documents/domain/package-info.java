/** Stored files (addressed by SHA-256) and the rules of agenda packets. Plain Java. */
package ca.quorum.documents.domain;
