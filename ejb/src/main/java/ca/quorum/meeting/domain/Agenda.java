package ca.quorum.meeting.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import ca.quorum.shared.domain.RuleViolation;

/**
 * The agenda of one meeting: numbered sections, items in them, and items under items (one level deep). Every change
 * goes through this class, which keeps the order dense and the rules:
 * <ul>
 * <li>numbers follow the order: section 7, its items 7.1, 7.2, and under 7.1 the items 7.1.1, 7.1.2;</li>
 * <li>nesting is one level: an item with sub-items cannot go under another item, and a sub-item has none;</li>
 * <li>closed items (Municipal Act s.239) live only in the closed-session section, each with its reason and a public
 * title, and that section holds nothing else;</li>
 * <li>an item added after the body's agenda deadline is late and waits for the clerk's approval;</li>
 * <li>only an agenda whose late items are approved and whose staff reports are all approved can be published.</li>
 * </ul>
 */
@Entity
@Table(name = "agenda")
public class Agenda {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", unique = true)
    private Meeting meeting;

    @OneToMany(mappedBy = "agenda", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "agenda", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AgendaItem> items = new ArrayList<>();

    @Column(name = "published_revision", nullable = false)
    private int publishedRevision;

    @Version
    private long version;

    protected Agenda() {
    }

    /** A new, empty agenda with the sections of the body's template, in the template's order. */
    public Agenda(Meeting meeting, List<TemplateSection> template) {
        this.meeting = Objects.requireNonNull(meeting);
        if (template.isEmpty()) {
            throw RuleViolation.because("agenda.theTemplateHasNoSections");
        }
        for (TemplateSection section : template) {
            sections.add(new AgendaSection(this, sections.size(), section));
        }
    }

    public Long id() {
        return id;
    }

    public Meeting meeting() {
        return meeting;
    }

    public List<AgendaSection> sections() {
        return List.copyOf(sections);
    }

    /** The revision last published; 0 while never published. */
    public int publishedRevision() {
        return publishedRevision;
    }

    /**
     * Adds an item council agreed, by a carried walk-on motion, to add during the meeting (the agenda is otherwise
     * frozen once the meeting is called to order); it goes at the end of the section and is marked late.
     */
    public AgendaItem addWalkOn(AgendaSection section, String title, Instant now) {
        if (meeting.status() != MeetingStatus.IN_PROGRESS) {
            throw RuleViolation.because("agenda.anItemIsAddedByMotion");
        }
        requireOwn(section);
        ItemDraft draft = new ItemDraft(title, "", null, null, null);
        if (!draft.problems().isEmpty()) {
            throw RuleViolation.of(draft.problems());
        }
        AgendaItem item = new AgendaItem(this, section, draft, true, now);
        item.placeAt(section, null, siblings(section, null).size());
        items.add(item);
        return item;
    }

    /**
     * Adds an item at the end of a section. It is late when {@code now} is after the body's agenda deadline for this
     * meeting, in the municipality's time zone.
     */
    public AgendaItem addItem(AgendaSection section, ItemDraft draft, Instant now, ZoneId zone) {
        requireOpen();
        requireOwn(section);
        List<RuleViolation.Refusal> problems = new ArrayList<>(draft.problems());
        if (draft.isClosed() && !section.kind().closed()) {
            problems.add(RuleViolation.refusal("agenda.aClosedItemBelongsInThe"));
        }
        if (!draft.isClosed() && section.kind().closed()) {
            problems.add(RuleViolation.refusal("agenda.anItemOfTheClosedSession"));
        }
        if (draft.report() != null) {
            if (!draft.report().canGoOnAgenda()) {
                problems.add(RuleViolation.refusal("agenda.theStaffReportIsOnlyA", draft.report().title(),
                        RuleViolation.term("report." + draft.report().status().name())));
            }
            if (items.stream().anyMatch(i -> i.report() == draft.report())) {
                problems.add(RuleViolation.refusal("agenda.theStaffReportIsAlreadyOn", draft.report().title()));
            }
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.of(problems);
        }
        boolean late = now.isAfter(meeting.body().agendaDeadline(meeting.startsAt(), zone));
        AgendaItem item = new AgendaItem(this, section, draft, late, now);
        item.placeAt(section, null, siblings(section, null).size());
        items.add(item);
        return item;
    }

    /** The clerk accepts a late item onto the agenda. */
    public void approveLateItem(AgendaItem item) {
        requireOwn(item);
        if (!item.late()) {
            throw RuleViolation.because("agenda.itemIsNotALateItem", number(item));
        }
        item.approveLate();
    }

    /** Moves an item one place up among its siblings (keyboard reordering). */
    public void moveUp(AgendaItem item) {
        requireOwn(item);
        int index = siblings(item.section(), item.parent()).indexOf(item);
        if (index == 0) {
            throw RuleViolation.because("agenda.itemIsAlreadyFirst", number(item));
        }
        moveTo(item, item.section(), item.parent(), index - 1);
    }

    /** Moves an item one place down among its siblings. */
    public void moveDown(AgendaItem item) {
        requireOwn(item);
        List<AgendaItem> siblings = siblings(item.section(), item.parent());
        int index = siblings.indexOf(item);
        if (index == siblings.size() - 1) {
            throw RuleViolation.because("agenda.itemIsAlreadyLast", number(item));
        }
        moveTo(item, item.section(), item.parent(), index + 1);
    }

    /** Puts an item under the item just above it, as its last sub-item. */
    public void indent(AgendaItem item) {
        requireOwn(item);
        List<AgendaItem> siblings = siblings(item.section(), item.parent());
        int index = siblings.indexOf(item);
        if (item.parent() != null) {
            throw RuleViolation.because("agenda.itemIsAlreadyASubItem", number(item));
        }
        if (index == 0) {
            throw RuleViolation.because("agenda.itemHasNoItemAboveIt", number(item));
        }
        AgendaItem newParent = siblings.get(index - 1);
        moveTo(item, item.section(), newParent, siblings(item.section(), newParent).size());
    }

    /** Takes a sub-item out from under its item; it follows that item. */
    public void outdent(AgendaItem item) {
        requireOwn(item);
        AgendaItem parent = item.parent();
        if (parent == null) {
            throw RuleViolation.because("agenda.itemIsNotASubItem", number(item));
        }
        int parentIndex = siblings(parent.section(), null).indexOf(parent);
        moveTo(item, item.section(), null, parentIndex + 1);
    }

    /**
     * Moves an item to position {@code index} among the items of {@code section} (under {@code parent} when given);
     * what drag-and-drop does. Sub-items move with their item.
     */
    public void moveTo(AgendaItem item, AgendaSection section, AgendaItem parent, int index) {
        requireOpen();
        requireOwn(item);
        requireOwn(section);
        List<RuleViolation.Refusal> problems = new ArrayList<>();
        if (parent != null) {
            requireOwn(parent);
            if (parent == item) {
                problems.add(RuleViolation.refusal("agenda.anItemCannotGoUnderItself"));
            } else if (parent.parent() != null) {
                problems.add(RuleViolation.refusal("agenda.itemsNestOneLevelOnlyIs", number(parent)));
            } else if (!children(item).isEmpty()) {
                problems.add(RuleViolation.refusal("agenda.itemHasSubItemsSoIt", number(item)));
            } else if (parent.section() != section) {
                problems.add(RuleViolation.refusal("agenda.aSubItemStaysInThe"));
            }
        }
        if (item.closed() != section.kind().closed()) {
            problems.add(RuleViolation.refusal(item.closed() ? "agenda.closedItemStaysClosed"
                    : "agenda.onlyClosedItemsInClosedSession"));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.of(problems);
        }
        List<AgendaItem> subItems = children(item);
        List<AgendaItem> from = siblings(item.section(), item.parent());
        from.remove(item);
        renumber(from, item.section(), item.parent());
        List<AgendaItem> to = siblings(section, parent);
        to.remove(item);
        to.add(Math.max(0, Math.min(index, to.size())), item);
        renumber(to, section, parent);
        for (AgendaItem child : subItems) {
            child.placeAt(section, item, child.position());
        }
    }

    /** Takes an item, and its sub-items, off the agenda. */
    public void remove(AgendaItem item) {
        requireOpen();
        requireOwn(item);
        items.removeAll(children(item));
        items.remove(item);
        renumber(siblings(item.section(), item.parent()), item.section(), item.parent());
    }

    /** The items directly in a section, in order. */
    public List<AgendaItem> itemsOf(AgendaSection section) {
        return siblings(section, null);
    }

    /** The sub-items of an item, in order. */
    public List<AgendaItem> children(AgendaItem item) {
        return siblings(item.section(), item);
    }

    /** Every item, in agenda order (an item, then its sub-items). */
    public List<AgendaItem> itemsInOrder() {
        List<AgendaItem> ordered = new ArrayList<>();
        for (AgendaSection section : sections) {
            for (AgendaItem item : itemsOf(section)) {
                ordered.add(item);
                ordered.addAll(children(item));
            }
        }
        return ordered;
    }

    public String number(AgendaSection section) {
        return Integer.toString(sections.indexOf(section) + 1);
    }

    /** The item's number: 7.2 for the second item of section 7, 7.2.1 for the first item under it. */
    public String number(AgendaItem item) {
        if (item.parent() == null) {
            return number(item.section()) + "." + (itemsOf(item.section()).indexOf(item) + 1);
        }
        return number(item.parent()) + "." + (children(item.parent()).indexOf(item) + 1);
    }

    public AgendaItem item(long itemId) {
        return items.stream().filter(i -> Objects.equals(i.id(), itemId)).findFirst()
                .orElseThrow(() -> RuleViolation.because("agenda.theAgendaHasNoItem", itemId));
    }

    public AgendaSection section(long sectionId) {
        return sections.stream().filter(s -> Objects.equals(s.id(), sectionId)).findFirst()
                .orElseThrow(() -> RuleViolation.because("agenda.theAgendaHasNoSection", sectionId));
    }

    /** What stands in the way of publishing, item by item, in English; empty when the agenda can be published. */
    public List<String> publishProblems() {
        return RuleViolation.english(publishRefusals());
    }

    /** What stands in the way of publishing, item by item; empty when the agenda can be published. */
    public List<RuleViolation.Refusal> publishRefusals() {
        List<RuleViolation.Refusal> problems = new ArrayList<>();
        for (AgendaItem item : itemsInOrder()) {
            if (item.awaitingLateApproval()) {
                problems.add(RuleViolation.refusal("agenda.itemWasAddedAfterTheAgenda", number(item), item.title()));
            }
            if (item.report() != null && !item.report().approved()) {
                problems.add(RuleViolation.refusal("agenda.itemTheStaffReportIsOnly", number(item), item.title(),
                        RuleViolation.term("report." + item.report().status().name())));
            }
        }
        return problems;
    }

    /**
     * Publishes the next revision: the complete agenda as it stands, numbered, with each report's text and
     * attachments as {@code reports} describes them. Refused, with every reason, while {@link #publishProblems()}
     * is not empty.
     */
    public PublishedAgenda publish(Instant now, Function<StaffReport, PublishedAgenda.Report> reports) {
        requireOpen();
        List<RuleViolation.Refusal> problems = publishRefusals();
        if (!problems.isEmpty()) {
            throw RuleViolation.of(problems);
        }
        publishedRevision++;
        List<PublishedAgenda.Section> published = new ArrayList<>();
        for (AgendaSection section : sections) {
            published.add(new PublishedAgenda.Section(number(section), section.title(), section.titleFr(),
                    section.kind(), itemsOf(section).stream().map(i -> snapshot(i, reports)).toList()));
        }
        Body body = meeting.body();
        return new PublishedAgenda(meeting.id() == null ? 0 : meeting.id(), publishedRevision, now, meeting.title(),
                body.name("en"), body.name("fr"), meeting.startsAt(), meeting.location(), meeting.special(),
                Audience.MEMBERS, published);
    }

    private PublishedAgenda.Item snapshot(AgendaItem item, Function<StaffReport, PublishedAgenda.Report> reports) {
        return new PublishedAgenda.Item(number(item), item.title(), item.publicTitle(), item.text(),
                item.closedReason(), item.late(), item.report() == null ? null : reports.apply(item.report()),
                children(item).stream().map(c -> snapshot(c, reports)).toList());
    }

    private List<AgendaItem> siblings(AgendaSection section, AgendaItem parent) {
        return items.stream().filter(i -> i.section() == section && i.parent() == parent)
                .sorted(Comparator.comparingInt(AgendaItem::position)).collect(ArrayList::new, List::add,
                        List::addAll);
    }

    private static void renumber(List<AgendaItem> ordered, AgendaSection section, AgendaItem parent) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(section, parent, i);
        }
    }

    private void requireOpen() {
        if (meeting.status() != MeetingStatus.SCHEDULED) {
            throw RuleViolation.because("agenda.theMeetingIsItsAgendaCan",
                    RuleViolation.term("meeting." + meeting.status().name()));
        }
    }

    private void requireOwn(AgendaSection section) {
        if (section == null || section.agenda() != this) {
            throw RuleViolation.because("agenda.thatSectionIsNotPartOf");
        }
    }

    private void requireOwn(AgendaItem item) {
        if (item == null || !items.contains(item)) {
            throw RuleViolation.because("agenda.thatItemIsNotPartOf");
        }
    }
}
