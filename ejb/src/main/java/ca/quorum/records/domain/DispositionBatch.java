package ca.quorum.records.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ca.quorum.shared.domain.RuleViolation;

/**
 * A month's disposition batch: the records proposed for destruction, reviewed by the records manager (who may exclude
 * a record, saying why), approved (with the council resolution that authorised it, where the retention by-law
 * requires one: Municipal Act, 2001, s.255(2)-(3)), then executed once. Held records are never in it (they are listed
 * as excluded, with the hold's matter), nor are permanent ones ({@link Disposition}). A cancelled batch destroys
 * nothing.
 */
public final class DispositionBatch {

    /** Where a batch is in its life. */
    public enum Status {
        PROPOSED, APPROVED, EXECUTED, CANCELLED
    }

    /** One record of the batch: included, or excluded with the reason. */
    public record Item(long id, RecordKind kind, long recordId, String classCode, String ruleCode,
            java.time.LocalDate eligibleFrom, boolean included, String exclusion) {

        public Item {
            if (!included && (exclusion == null || exclusion.isBlank())) {
                throw RuleViolation.because("disposition.exclusionReason");
            }
        }
    }

    private final long id;
    private Status status;
    private final List<Item> items;
    private String resolution;
    private String approvedBy;
    private Instant approvedAt;

    public DispositionBatch(long id, Status status, List<Item> items, String resolution, String approvedBy,
            Instant approvedAt) {
        this.id = id;
        this.status = status;
        this.items = new ArrayList<>(items);
        this.resolution = resolution;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    /** Leaves a record out of the batch, saying why; only while the batch is proposed. */
    public Item exclude(long itemId, String reason) {
        requireStatus(Status.PROPOSED);
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.because("disposition.exclusionReason");
        }
        return replace(itemId, true, reason.strip());
    }

    /** Puts an excluded record back; a record held, or left out by the job, is not put back by hand. */
    public Item include(long itemId) {
        requireStatus(Status.PROPOSED);
        Item item = item(itemId);
        if (item.exclusion() != null && item.exclusion().startsWith(HELD)) {
            throw RuleViolation.because("disposition.heldStaysOut");
        }
        return replace(itemId, false, null);
    }

    /**
     * Approves the batch: at least one record is in it, and the resolution is given when the by-law requires one.
     */
    public void approve(String by, Instant at, String councilResolution, boolean resolutionRequired) {
        requireStatus(Status.PROPOSED);
        if (included().isEmpty()) {
            throw RuleViolation.because("disposition.nothingIncluded");
        }
        if (resolutionRequired && (councilResolution == null || councilResolution.isBlank())) {
            throw RuleViolation.because("disposition.resolutionRequired");
        }
        status = Status.APPROVED;
        approvedBy = by;
        approvedAt = at;
        resolution = councilResolution == null || councilResolution.isBlank() ? null : councilResolution.strip();
    }

    /** Executes an approved batch, once. */
    public void executed() {
        requireStatus(Status.APPROVED);
        status = Status.EXECUTED;
    }

    /** Cancels a batch not yet executed. */
    public void cancel() {
        if (status == Status.EXECUTED || status == Status.CANCELLED) {
            throw RuleViolation.because("disposition.wrongStatus", status.name());
        }
        status = Status.CANCELLED;
    }

    /** The exclusion of a held record starts with this, then the hold's matters. */
    public static final String HELD = "Legal hold: ";

    public List<Item> included() {
        return items.stream().filter(Item::included).toList();
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public long id() {
        return id;
    }

    public Status status() {
        return status;
    }

    public String resolution() {
        return resolution;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    /** The number of a batch's certificate of destruction: DC-year-sequence. */
    public static String certificateNumber(int year, long sequence) {
        return "DC-%d-%04d".formatted(year, sequence);
    }

    private Item item(long itemId) {
        return items.stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> RuleViolation.because("disposition.noSuchItem", itemId));
    }

    private Item replace(long itemId, boolean exclude, String reason) {
        Item item = item(itemId);
        Item changed = new Item(item.id(), item.kind(), item.recordId(), item.classCode(), item.ruleCode(),
                item.eligibleFrom(), !exclude, reason);
        items.set(items.indexOf(item), changed);
        return changed;
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw RuleViolation.because("disposition.wrongStatus", status.name());
        }
    }
}
