/** Records management's services: the classification plan and every record's retention (issue 14, started). */
package ca.quorum.records.application;
