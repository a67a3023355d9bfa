package ca.quorum.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A numbered heading of one meeting's agenda, copied from the body's template when the agenda is created. */
@Entity
@Table(name = "agenda_section")
public class AgendaSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_id")
    private Agenda agenda;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Column(name = "title_fr", nullable = false)
    private String titleFr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SectionKind kind;

    protected AgendaSection() {
    }

    AgendaSection(Agenda agenda, int position, TemplateSection from) {
        this.agenda = agenda;
        this.position = position;
        this.title = from.title();
        this.titleFr = from.titleFr();
        this.kind = from.kind();
    }

    public Long id() {
        return id;
    }

    Agenda agenda() {
        return agenda;
    }

    int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String title(String language) {
        return "fr".equals(language) ? titleFr : title;
    }

    public String titleFr() {
        return titleFr;
    }

    public SectionKind kind() {
        return kind;
    }
}
