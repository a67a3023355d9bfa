package ca.quorum.meeting.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import ca.quorum.shared.domain.RuleViolation;

/** The sections, in order, that every new agenda of a body starts with. The clerk edits it. */
@Entity
@Table(name = "agenda_template")
public class AgendaTemplate {

    /** The usual order of a council agenda in Ontario (see docs/DOMAIN.md). */
    public static final List<TemplateSection> STANDARD = List.of(
            new TemplateSection("Call to Order", "Ouverture de la séance", SectionKind.CALL_TO_ORDER),
            new TemplateSection("Disclosure of Pecuniary Interest", "Déclaration d'intérêts pécuniaires",
                    SectionKind.DISCLOSURE_OF_INTEREST),
            new TemplateSection("Adoption of Minutes", "Adoption des procès-verbaux", SectionKind.ADOPTION_OF_MINUTES),
            new TemplateSection("Deputations and Presentations", "Délégations et présentations",
                    SectionKind.DEPUTATIONS),
            new TemplateSection("Consent Agenda", "Ordre du jour de consentement", SectionKind.CONSENT),
            new TemplateSection("Reports and Motions", "Rapports et motions", SectionKind.REPORTS),
            new TemplateSection("By-laws", "Règlements municipaux", SectionKind.BY_LAWS),
            new TemplateSection("Closed Session", "Séance à huis clos", SectionKind.CLOSED_SESSION),
            // decisions on closed matters are taken here, in open session, after council rises (s.239(6))
            new TemplateSection("Rise and Report", "Levée du huis clos et rapport", SectionKind.RISE_AND_REPORT),
            new TemplateSection("Confirmatory By-law", "Règlement de confirmation", SectionKind.CONFIRMATORY_BY_LAW),
            new TemplateSection("Adjournment", "Levée de la séance", SectionKind.ADJOURNMENT));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", unique = true)
    private Body body;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "template_section", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<TemplateSection> sections = new ArrayList<>();

    @Version
    private long version;

    protected AgendaTemplate() {
    }

    public AgendaTemplate(Body body, List<TemplateSection> sections) {
        this.body = body;
        replaceSections(sections);
    }

    /**
     * Replaces the sections. A template needs at least one section, at most one closed-session section and at most
     * one consent agenda, and no two sections with the same title.
     */
    public void replaceSections(List<TemplateSection> replacement) {
        List<RuleViolation.Refusal> problems = new ArrayList<>();
        if (replacement == null || replacement.isEmpty()) {
            throw RuleViolation.because("template.aTemplateNeedsAtLeastOne");
        }
        if (replacement.stream().filter(s -> s.kind().closed()).count() > 1) {
            problems.add(RuleViolation.refusal("template.aTemplateCanHaveOnlyOne"));
        }
        if (replacement.stream().filter(s -> s.kind().consent()).count() > 1) {
            problems.add(RuleViolation.refusal("template.aTemplateCanHaveOnlyOne2"));
        }
        if (replacement.stream().map(s -> s.title().toLowerCase(java.util.Locale.ROOT)).distinct().count()
                < replacement.size()) {
            problems.add(RuleViolation.refusal("template.twoSectionsHaveTheSameTitle"));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.of(problems);
        }
        sections.clear();
        sections.addAll(replacement);
    }

    public Long id() {
        return id;
    }

    public Body body() {
        return body;
    }

    public List<TemplateSection> sections() {
        return Collections.unmodifiableList(sections);
    }
}
