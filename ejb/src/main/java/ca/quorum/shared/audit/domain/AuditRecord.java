package ca.quorum.shared.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The content of one audit entry: who did what to which subject, when, in which municipality. {@link #canonical()}
 * is the exact text its hash covers.
 *
 * @param tenant      the municipality's slug
 * @param sequence    position in the municipality's chain, from 1, without gaps
 * @param occurredAt  server time, microsecond precision (what PostgreSQL keeps)
 * @param actor       the user name, or {@code system}
 * @param action      what happened, in the past tense ({@code UserCreated})
 * @param subjectType the kind of thing changed ({@code user})
 * @param subjectId   its identifier
 * @param details     the change itself, as canonical JSON of an object
 */
public record AuditRecord(String tenant, long sequence, Instant occurredAt, String actor, String action,
        String subjectType, String subjectId, String details) {

    public AuditRecord {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(details, "details");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** The canonical JSON that, after the previous hash, is hashed. */
    public String canonical() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("tenant", tenant);
        fields.put("seq", Long.toString(sequence));
        fields.put("at", occurredAt.toString());
        fields.put("actor", actor);
        fields.put("action", action);
        fields.put("subjectType", subjectType);
        fields.put("subjectId", subjectId);
        fields.put("details", details);
        return CanonicalJson.write(fields);
    }
}
