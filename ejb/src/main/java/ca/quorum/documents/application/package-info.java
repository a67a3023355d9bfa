/** Accepting uploaded files, building agenda packets in the background, serving stored files. */
package ca.quorum.documents.application;
