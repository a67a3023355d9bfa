package ca.quorum.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import ca.quorum.shared.domain.RuleViolation;

/** One section of an agenda template: its heading in both languages and what it is for. */
@Embeddable
public class TemplateSection {

    @Column(nullable = false)
    private String title;

    @Column(name = "title_fr", nullable = false)
    private String titleFr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SectionKind kind;

    protected TemplateSection() {
    }

    public TemplateSection(String title, String titleFr, SectionKind kind) {
        if (title == null || title.isBlank()) {
            throw RuleViolation.because("template.everySectionNeedsATitle");
        }
        this.title = title.strip();
        this.titleFr = titleFr == null || titleFr.isBlank() ? this.title : titleFr.strip();
        this.kind = kind == null ? SectionKind.OTHER : kind;
    }

    public String title() {
        return title;
    }

    public String titleFr() {
        return titleFr;
    }

    public SectionKind kind() {
        return kind;
    }
}
