package ca.quorum.documents.domain;

import java.nio.file.Path;
import java.util.List;

/**
 * What goes into an agenda packet, in order: a cover, then each section and item with its text, then each item's
 * attachments. The builder adds the table of contents, bookmarks and page stamps.
 *
 * @param municipality the municipality's name, on the cover
 * @param meetingName  the meeting's name, stamped on every page
 * @param coverLines   date, place and revision, on the cover
 */
public record PacketPlan(String municipality, String meetingName, List<String> coverLines, List<Entry> entries) {

    /** A section (level 0), an item (1) or a sub-item (2). Sections carry no text and no attachments. */
    public record Entry(int level, String number, String title, List<String> paragraphs,
            List<Attachment> attachments) {

        public static Entry section(String number, String title) {
            return new Entry(0, number, title, List.of(), List.of());
        }

        /** How an error message names this entry: {@code item 6.1 "Road salt tender"}. */
        public String label() {
            return (level == 0 ? "section " : "item ") + number + " \"" + title + "\"";
        }
    }

    /** A PDF to append after its item, from a scratch file. */
    public record Attachment(String name, Path file) {
    }

    /** One line of the table of contents, with the page it points to. */
    public record TocLine(int level, String number, String title, int page) {
    }

    public int attachmentCount() {
        return entries.stream().mapToInt(e -> e.attachments().size()).sum();
    }
}
