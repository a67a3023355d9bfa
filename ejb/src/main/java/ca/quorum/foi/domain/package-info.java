/**
 * Access to information under the Municipal Freedom of Information and Protection of Privacy Act (MFIPPA): the legal
 * clock of a request and the fees of R.R.O. 1990, Reg. 823. Plain Java, unit-tested; every amount, period and rule
 * is a municipal setting ({@link ca.quorum.foi.domain.FoiSettings}) with the Act's defaults (issue 15).
 */
package ca.quorum.foi.domain;
