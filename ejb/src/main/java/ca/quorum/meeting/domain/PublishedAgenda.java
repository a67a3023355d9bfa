package ca.quorum.meeting.domain;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * One revision of an agenda as it was published, kept unchanged. It is stored complete (closed items included);
 * {@link #forAudience(Audience)} is the one place that takes closed material out for the public.
 */
public record PublishedAgenda(long meetingId, int revision, Instant publishedAt, String meetingTitle, String body,
        String bodyFr, Instant startsAt, String location, boolean special, Audience audience,
        List<Section> sections) {

    public record Section(String number, String title, String titleFr, SectionKind kind, List<Item> items) {
    }

    /** An item; {@code publicTitle} is set only on closed items of the complete version. */
    public record Item(String number, String title, String publicTitle, String text, ClosedReason closedReason,
            boolean late, Report report, List<Item> children) {

        public boolean closed() {
            return closedReason != null;
        }

        Item forPublic() {
            if (!closed()) {
                return new Item(number, title, null, text, null, late, report,
                        children.stream().map(Item::forPublic).toList());
            }
            return new Item(number, publicTitle, null, "", closedReason, late, null,
                    children.stream().map(Item::forPublic).toList());
        }
    }

    public record Report(long id, String title, String recommendation, String body, String author,
            List<Attachment> attachments) {
    }

    public record Attachment(String name, long fileId, String sha256, long size) {
    }

    /**
     * The version this audience may read. The public version keeps a closed item's number, public title and s.239
     * reason (s.239(4): the general nature is public) and drops its real title, text, report and attachments.
     */
    public PublishedAgenda forAudience(Audience reader) {
        if (reader == Audience.MEMBERS || audience == Audience.PUBLIC) {
            return this;
        }
        return new PublishedAgenda(meetingId, revision, publishedAt, meetingTitle, body, bodyFr, startsAt, location,
                special, Audience.PUBLIC, sections.stream()
                        .map(s -> new Section(s.number(), s.title(), s.titleFr(), s.kind(),
                                s.items().stream().map(Item::forPublic).toList()))
                        .toList());
    }

    /** "Agenda", then "Revised agenda 2", "Revised agenda 3" for later revisions. */
    public String label(String language) {
        boolean fr = "fr".equals(language);
        if (revision <= 1) {
            return fr ? "Ordre du jour" : "Agenda";
        }
        return (fr ? "Ordre du jour révisé " : "Revised agenda ") + revision;
    }

    /** The attachment of a staff report in this version with this file, if there is one. */
    public java.util.Optional<Attachment> attachment(long fileId) {
        java.util.List<Attachment> found = new java.util.ArrayList<>();
        forEachItem(i -> {
            if (i.report() != null) {
                i.report().attachments().stream().filter(a -> a.fileId() == fileId).forEach(found::add);
            }
        });
        return found.stream().findFirst();
    }

    /** Visits every item, depth first, in agenda order. */
    public void forEachItem(Consumer<Item> visitor) {
        for (Section section : sections) {
            visit(section.items(), visitor);
        }
    }

    private static void visit(List<Item> items, Consumer<Item> visitor) {
        for (Item item : items) {
            visitor.accept(item);
            visit(item.children(), visitor);
        }
    }
}
