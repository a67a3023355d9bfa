/** The interface language (English or French) of each visitor, and dates in the municipality's time zone. */
package ca.quorum.web.i18n;
