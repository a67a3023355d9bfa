package ca.quorum.meeting.domain;

/** What an agenda section is for; the closed-session and consent sections carry rules of their own. */
public enum SectionKind {
    CALL_TO_ORDER, DISCLOSURE_OF_INTEREST, ADOPTION_OF_MINUTES, DEPUTATIONS, CONSENT, REPORTS, BY_LAWS,
    CLOSED_SESSION, RISE_AND_REPORT, CONFIRMATORY_BY_LAW, ADJOURNMENT, OTHER;

    /** Items of the consent agenda are adopted together, by one motion, unless a member asks to lift one. */
    public boolean consent() {
        return this == CONSENT;
    }

    /** Items of the closed session are held in camera under Municipal Act s.239. */
    public boolean closed() {
        return this == CLOSED_SESSION;
    }
}
