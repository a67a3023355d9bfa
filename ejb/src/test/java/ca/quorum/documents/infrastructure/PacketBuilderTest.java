package ca.quorum.documents.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ca.quorum.documents.domain.PacketPlan;
import ca.quorum.documents.domain.PacketPlan.Attachment;
import ca.quorum.documents.domain.PacketPlan.Entry;

/** The packet a builder makes, read back with PDFBox and checked by qpdf. */
class PacketBuilderTest {

    @TempDir
    Path dir;

    private PacketPlan plan() throws IOException {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.section("1", "Call to Order"));
        entries.add(Entry.section("5", "Consent Agenda"));
        entries.add(new Entry(1, "5.1", "Minutes of the Planning Committee", List.of("That the minutes be received."),
                List.of(new Attachment("planning-minutes.pdf", TestPdfs.pages(dir.resolve("a.pdf"), "MINUTES", 3)))));
        entries.add(Entry.section("6", "Reports and Motions"));
        entries.add(new Entry(1, "6.1", "Road salt tender 2027", List.of("Recommendation: That Council award the "
                + "tender to Northern Salt Ltd. for $412,000.", "Background. ".repeat(400)),
                List.of(new Attachment("tender-summary.pdf", TestPdfs.pages(dir.resolve("b.pdf"), "TENDER", 7)),
                        new Attachment("bid-prices.pdf", TestPdfs.pages(dir.resolve("c.pdf"), "PRICES", 2)))));
        entries.add(new Entry(2, "6.1.1", "Salt dome repairs", List.of("Sub-item text."), List.of()));
        entries.add(new Entry(1, "6.2", "Library hours — été", List.of("Étude des heures d'ouverture."),
                List.of(new Attachment("survey.pdf", TestPdfs.pages(dir.resolve("d.pdf"), "SURVEY", 1)))));
        entries.add(Entry.section("10", "Adjournment"));
        return new PacketPlan("Town of Lakeview Harbour", "Regular Council Meeting, 16 March 2027",
                List.of("Tuesday, 16 March 2027, 7:00 p.m.", "Council Chamber"), entries);
    }

    @Test
    void thePacketHasEveryPageBookmarksALinkedContentsAndStamps() throws Exception {
        Path out = dir.resolve("packet.pdf");
        List<Integer> progress = new ArrayList<>();
        PacketBuilder.Result result = new PacketBuilder("en").build(plan(), out, progress::add);

        try (PDDocument packet = Loader.loadPDF(out.toFile())) {
            // cover, contents, 5.1 (1) + 3, 6.1 (long text: 2) + 7 + 2, 6.1.1 (1), 6.2 (1) + 1
            int expected = 1 + 1 + 1 + 3 + 2 + 7 + 2 + 1 + 1 + 1;
            assertEquals(expected, packet.getNumberOfPages());
            assertEquals(expected, result.pages());

            // the contents' page numbers match the pages where items and attachments start
            String contents = text(packet, 2);
            Map<String, Integer> listed = new TreeMap<>();
            Matcher m = Pattern.compile("(?m)^(\\d+(?:\\.\\d+)*)\\s+(.+?)[ .]*\\s(\\d+)$").matcher(contents);
            while (m.find()) {
                listed.put(m.group(1), Integer.parseInt(m.group(3)));
            }
            assertEquals(Map.of("1", 3, "10", expected, "5", 3, "5.1", 3, "6", 7, "6.1", 7, "6.1.1", 18, "6.2", 19),
                    listed, contents);
            assertTrue(text(packet, 3).contains("5.1 Minutes of the Planning Committee"));
            assertTrue(text(packet, 7).contains("6.1 Road salt tender 2027"));
            assertTrue(text(packet, 18).contains("6.1.1 Salt dome repairs"));
            assertTrue(text(packet, 19).contains("6.2 Library hours"));
            for (PacketPlan.TocLine line : result.toc()) {
                if (line.number().isEmpty()) {
                    String marker = switch (line.title()) {
                        case "planning-minutes.pdf" -> "MINUTES page 1";
                        case "tender-summary.pdf" -> "TENDER page 1";
                        case "bid-prices.pdf" -> "PRICES page 1";
                        default -> "SURVEY page 1";
                    };
                    assertTrue(text(packet, line.page()).contains(marker), line + " starts elsewhere");
                    assertTrue(contents.contains(line.title()));
                }
            }

            // every contents line links to its page
            List<Integer> linkTargets = new ArrayList<>();
            for (PDAnnotation annotation : packet.getPage(1).getAnnotations()) {
                PDPageDestination dest = (PDPageDestination) ((PDActionGoTo) ((PDAnnotationLink) annotation)
                        .getAction()).getDestination();
                linkTargets.add(dest.retrievePageNumber() + 1);
            }
            assertEquals(result.toc().stream().map(PacketPlan.TocLine::page).toList(), linkTargets);

            // bookmarks: every section, and under them every item and attachment
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem section : packet.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(section.getTitle());
                for (PDOutlineItem item : section.children()) {
                    outline.add("  " + item.getTitle() + " @" + (item.findDestinationPage(packet) == null ? "?"
                            : packet.getPages().indexOf(item.findDestinationPage(packet)) + 1));
                    for (PDOutlineItem attachment : item.children()) {
                        outline.add("    " + attachment.getTitle());
                    }
                }
            }
            assertEquals(List.of("1 Call to Order", "5 Consent Agenda",
                    "  5.1 Minutes of the Planning Committee @3", "    planning-minutes.pdf",
                    "6 Reports and Motions", "  6.1 Road salt tender 2027 @7", "    tender-summary.pdf",
                    "    bid-prices.pdf", "    6.1.1 Salt dome repairs", "  6.2 Library hours — été @19",
                    "    survey.pdf", "10 Adjournment"), outline);

            // every page stamped, text extractable
            for (int page = 1; page <= expected; page++) {
                String text = text(packet, page);
                assertTrue(text.contains("Page " + page + " of " + expected), "page " + page + ": " + text);
                assertTrue(text.contains("Regular Council Meeting, 16 March 2027"));
            }
        }
        assertEquals(0, qpdfCheck(out), "qpdf --check");
        assertFalse(progress.isEmpty());
        assertEquals(progress.stream().sorted().toList(), progress, "progress only goes forward");
    }

    @Test
    void aBrokenAttachmentFailsTheBuildNamingTheItem() throws Exception {
        PacketPlan broken = new PacketPlan("Town", "Meeting", List.of(), List.of(
                Entry.section("6", "Reports"),
                new Entry(1, "6.1", "Road salt tender", List.of(), List.of(
                        new Attachment("prices.pdf", TestPdfs.corrupt(dir.resolve("x.pdf")))))));
        PacketFailure failure = assertThrows(PacketFailure.class,
                () -> new PacketBuilder("en").build(broken, dir.resolve("p.pdf"), p -> { }));
        assertTrue(failure.getMessage().contains("\"prices.pdf\" of item 6.1 \"Road salt tender\""),
                failure.getMessage());
        PacketPlan missing = new PacketPlan("Town", "Meeting", List.of(), List.of(
                new Entry(1, "6.2", "Library", List.of(), List.of(
                        new Attachment("gone.pdf", dir.resolve("does-not-exist.pdf"))))));
        assertTrue(assertThrows(PacketFailure.class,
                () -> new PacketBuilder("en").build(missing, dir.resolve("q.pdf"), p -> { }))
                .getMessage().contains("item 6.2"));
    }

    @Test
    void uploadsAreRefusedWithTheFileNameAndTheReason() throws Exception {
        long limit = 1_000_000;
        assertEquals(3, PdfInspection.inspect("ok.pdf", TestPdfs.pages(dir.resolve("ok.pdf"), "OK", 3), limit)
                .pages());
        assertEquals("\"budget.csv\" is not a PDF file.",
                PdfInspection.inspect("budget.csv", TestPdfs.notPdf(dir.resolve("n.csv")), limit).refusal());
        String broken = PdfInspection.inspect("broken.pdf", TestPdfs.corrupt(dir.resolve("c.pdf")), limit).refusal();
        assertTrue(broken.startsWith("\"broken.pdf\" is damaged")
                || broken.startsWith("\"broken.pdf\" is incomplete"), broken);
        assertTrue(PdfInspection.inspect("secret.pdf", TestPdfs.encrypted(dir.resolve("e.pdf")), limit).refusal()
                .startsWith("\"secret.pdf\" is encrypted"));
        Path big = TestPdfs.pages(dir.resolve("big.pdf"), "BIG", 40);
        String tooBig = PdfInspection.inspect("big.pdf", big, 10_000).refusal();
        assertTrue(tooBig.startsWith("\"big.pdf\" is ") && tooBig.endsWith("over the limit of 0.0 MB."), tooBig);
        Files.write(dir.resolve("empty.pdf"), new byte[0]);
        assertEquals("\"empty.pdf\" is empty.", PdfInspection.inspect("empty.pdf", dir.resolve("empty.pdf"), limit)
                .refusal());
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static int qpdfCheck(Path file) throws Exception {
        Process qpdf;
        try {
            qpdf = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("qpdf is needed for this test (./quorum test installs it): " + e.getMessage());
        }
        String output = new String(qpdf.getInputStream().readAllBytes());
        int exit = qpdf.waitFor();
        if (exit != 0) {
            System.err.println(output);
        }
        return exit;
    }
}
