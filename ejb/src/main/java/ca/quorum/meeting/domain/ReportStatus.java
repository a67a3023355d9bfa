package ca.quorum.meeting.domain;

/** Where a staff report is in its approval. */
public enum ReportStatus {
    DRAFT("a draft"), IN_APPROVAL("in approval"), RETURNED("returned for changes"), APPROVED("approved"),
    REJECTED("rejected");

    private final String description;

    ReportStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The author may change the text and the attachments. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
