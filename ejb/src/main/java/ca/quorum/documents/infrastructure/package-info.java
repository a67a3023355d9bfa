/** PDF work with Apache PDFBox (checks, rendering, packet assembly) and file content in PostgreSQL. */
package ca.quorum.documents.infrastructure;
