package ca.quorum.documents.infrastructure;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

import ca.quorum.meeting.domain.PublishedAgenda;

/** The agenda document itself as a PDF, in the version a reader may see (the caller passes that version). */
public final class AgendaPdf {

    private AgendaPdf() {
    }

    public static void render(PublishedAgenda agenda, String municipality, ZoneId zone, String language, Path out)
            throws IOException {
        boolean fr = "fr".equals(language);
        Locale locale = fr ? Locale.CANADA_FRENCH : Locale.CANADA;
        List<TextPages.Block> blocks = new ArrayList<>();
        blocks.add(TextPages.Block.heading(municipality, 13));
        blocks.add(TextPages.Block.heading(agenda.meetingTitle(), 18));
        blocks.add(TextPages.Block.heading(agenda.label(language), 14));
        blocks.add(TextPages.Block.paragraph(agenda.startsAt().atZone(zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                        .withLocale(locale).withZone(zone))));
        blocks.add(TextPages.Block.paragraph(agenda.location()));
        for (PublishedAgenda.Section section : agenda.sections()) {
            blocks.add(TextPages.Block.heading(section.number() + ".  " + (fr ? section.titleFr() : section.title()),
                    12));
            items(blocks, section.items(), 18, fr);
        }
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            for (List<TextPages.Line> page : TextPages.layout(blocks)) {
                TextPages.draw(document, page);
            }
            PageStamp.stampAll(document, agenda.meetingTitle() + " - " + agenda.label(language), "Page",
                    fr ? "de" : "of");
            document.getDocumentInformation().setTitle(agenda.meetingTitle() + " - " + agenda.label(language));
            document.getDocumentInformation().setCreator("Quorum");
            document.getDocumentCatalog().setLanguage(fr ? "fr-CA" : "en-CA");
            document.save(out.toFile());
        }
    }

    private static void items(List<TextPages.Block> blocks, List<PublishedAgenda.Item> items, float indent,
            boolean fr) {
        for (PublishedAgenda.Item item : items) {
            String title = item.number() + "  " + item.title();
            if (item.closed()) {
                title += (fr ? "  (huis clos, art. " : "  (closed, s.") + item.closedReason().section() + ")";
            }
            blocks.add(new TextPages.Block(title, TextPages.BOLD, 11, indent, 6));
            if (!item.text().isBlank()) {
                blocks.add(new TextPages.Block(item.text(), TextPages.REGULAR, 10, indent + 12, 2));
            }
            if (item.report() != null) {
                blocks.add(new TextPages.Block((fr ? "Recommandation : " : "Recommendation: ")
                        + item.report().recommendation(), TextPages.REGULAR, 10, indent + 12, 2));
                for (PublishedAgenda.Attachment attachment : item.report().attachments()) {
                    blocks.add(new TextPages.Block((fr ? "Pièce jointe : " : "Attachment: ") + attachment.name(),
                            TextPages.REGULAR, 10, indent + 12, 1));
                }
            }
            items(blocks, item.children(), indent + 18, fr);
        }
    }
}
