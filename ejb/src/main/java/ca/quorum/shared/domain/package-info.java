/** Building blocks every context's domain shares: the refusal a rule raises. Plain Java. */
package ca.quorum.shared.domain;
