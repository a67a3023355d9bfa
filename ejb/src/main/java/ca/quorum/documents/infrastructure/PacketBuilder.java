package ca.quorum.documents.infrastructure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import ca.quorum.documents.domain.PacketPlan;
import ca.quorum.documents.domain.PacketPlan.Attachment;
import ca.quorum.documents.domain.PacketPlan.Entry;
import ca.quorum.documents.domain.PacketPlan.TocLine;

/**
 * Builds an agenda packet: a cover, a table of contents whose page numbers are links, a page (or more) for each
 * item with its text, each item's attachments after it, bookmarks for every section, item and attachment, and every
 * page stamped with the meeting's name and "Page N of M". Page numbers are worked out before anything is written
 * (attachment page counts, then the text layout), so the contents are right the first time.
 * <p>
 * Memory stays bounded whatever the packet's size: attachments are read from scratch files and their pages are
 * added by reference (their content streams stay in those files until the packet is written), new streams go to
 * PDFBox's temporary-file cache, and only the pages' small dictionaries live in the heap. Measured: 55 MB of heap
 * at most for a 1,034-page packet (docs/BENCHMARKS.md).
 */
public final class PacketBuilder {

    private static final int TOC_LINES_PER_PAGE = 40;
    private static final float TOC_LEADING = 15;

    /** The packet built: its page count and its table of contents. */
    public record Result(int pages, List<TocLine> toc) {
    }

    private final StreamCacheCreateFunction scratch = IOUtils.createTempFileOnlyStreamCache();
    private final boolean french;

    public PacketBuilder(String language) {
        this.french = "fr".equals(language);
    }

    public Result build(PacketPlan plan, Path output, IntConsumer progress) throws PacketFailure, IOException {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument packet = new PDDocument(scratch)) {
            List<List<PDDocument>> attachments = open(plan, sources, progress);
            List<List<List<TextPages.Line>>> itemPages = plan.entries().stream()
                    .map(e -> e.level() == 0 ? List.<List<TextPages.Line>>of() : TextPages.layout(itemBlocks(e)))
                    .toList();

            // where everything starts, before anything is drawn
            List<TocLine> toc = new ArrayList<>();
            int tocPages = Math.max(1, (int) Math.ceil(tocLineCount(plan) / (double) TOC_LINES_PER_PAGE));
            int next = 2 + tocPages;
            int[] entryStart = new int[plan.entries().size()];
            List<int[]> attachmentStart = new ArrayList<>();
            for (int i = 0; i < plan.entries().size(); i++) {
                Entry entry = plan.entries().get(i);
                entryStart[i] = next;
                next += itemPages.get(i).size();
                int[] starts = new int[entry.attachments().size()];
                for (int a = 0; a < starts.length; a++) {
                    starts[a] = next;
                    next += attachments.get(i).get(a).getNumberOfPages();
                }
                attachmentStart.add(starts);
            }
            int total = next - 1;
            for (int i = 0; i < plan.entries().size(); i++) {
                Entry entry = plan.entries().get(i);
                toc.add(new TocLine(entry.level(), entry.number(), entry.title(), Math.min(entryStart[i], total)));
                for (int a = 0; a < entry.attachments().size(); a++) {
                    toc.add(new TocLine(entry.level() + 1, "", entry.attachments().get(a).name(),
                            attachmentStart.get(i)[a]));
                }
            }

            drawCover(packet, plan);
            List<PDPage> tocPageList = new ArrayList<>();
            for (int p = 0; p < tocPages; p++) {
                tocPageList.add(drawToc(packet, toc, p));
            }
            int done = 0;
            int count = Math.max(1, plan.attachmentCount());
            for (int i = 0; i < plan.entries().size(); i++) {
                for (List<TextPages.Line> page : itemPages.get(i)) {
                    TextPages.draw(packet, page);
                }
                for (int a = 0; a < plan.entries().get(i).attachments().size(); a++) {
                    Entry entry = plan.entries().get(i);
                    try {
                        for (PDPage page : attachments.get(i).get(a).getPages()) {
                            packet.addPage(page);
                        }
                    } catch (RuntimeException e) {
                        throw failure(entry, entry.attachments().get(a), e);
                    }
                    progress.accept(20 + 50 * ++done / count);
                }
            }
            if (packet.getNumberOfPages() != total) {
                throw new IllegalStateException("packet has " + packet.getNumberOfPages() + " pages, planned " + total);
            }
            PageStamp.stampAll(packet, plan.meetingName(), french ? "Page" : "Page", french ? "de" : "of");
            progress.accept(75);
            bookmark(packet, toc);
            link(packet, tocPageList, toc);
            packet.getDocumentInformation().setTitle(plan.meetingName() + (french ? " : dossier de l'ordre du jour"
                    : ": agenda packet"));
            packet.getDocumentInformation().setCreator("Quorum");
            packet.getDocumentCatalog().setLanguage(french ? "fr-CA" : "en-CA");
            packet.save(output.toFile(), CompressParameters.NO_COMPRESSION);
            progress.accept(95);
            return new Result(total, List.copyOf(toc));
        } finally {
            for (PDDocument source : sources) {
                source.close();
            }
        }
    }

    /** Opens every attachment (kept open until the packet is saved); a broken one fails the build, named. */
    private List<List<PDDocument>> open(PacketPlan plan, List<PDDocument> sources, IntConsumer progress)
            throws PacketFailure {
        List<List<PDDocument>> opened = new ArrayList<>();
        int done = 0;
        int count = Math.max(1, plan.attachmentCount());
        for (Entry entry : plan.entries()) {
            List<PDDocument> documents = new ArrayList<>();
            for (Attachment attachment : entry.attachments()) {
                try {
                    PDDocument document = Loader.loadPDF(attachment.file().toFile(), scratch);
                    sources.add(document);
                    if (document.isEncrypted()) {
                        throw new IOException("it is encrypted");
                    }
                    if (document.getNumberOfPages() == 0) {
                        throw new IOException("it has no pages");
                    }
                    documents.add(document);
                } catch (IOException | RuntimeException e) {
                    throw failure(entry, attachment, e);
                }
                progress.accept(20 * ++done / count);
            }
            opened.add(documents);
        }
        return opened;
    }

    private PacketFailure failure(Entry entry, Attachment attachment, Exception cause) {
        return new PacketFailure("The packet could not be built: the attachment \"" + attachment.name() + "\" of "
                + entry.label() + " cannot be read (" + cause.getMessage() + ").", cause);
    }

    private List<TextPages.Block> itemBlocks(Entry entry) {
        List<TextPages.Block> blocks = new ArrayList<>();
        blocks.add(TextPages.Block.heading(entry.number() + "  " + entry.title(), 14));
        for (String paragraph : entry.paragraphs()) {
            blocks.add(TextPages.Block.paragraph(paragraph));
        }
        if (!entry.attachments().isEmpty()) {
            blocks.add(TextPages.Block.heading(french ? "Pièces jointes" : "Attachments", 11));
            for (Attachment attachment : entry.attachments()) {
                blocks.add(TextPages.Block.paragraph("- " + attachment.name()));
            }
        }
        return blocks;
    }

    private static int tocLineCount(PacketPlan plan) {
        return plan.entries().size() + plan.attachmentCount();
    }

    private void drawCover(PDDocument packet, PacketPlan plan) throws IOException {
        List<TextPages.Block> blocks = new ArrayList<>();
        blocks.add(TextPages.Block.heading(plan.municipality(), 16));
        blocks.add(TextPages.Block.heading(plan.meetingName(), 22));
        blocks.add(TextPages.Block.heading(french ? "Dossier de l'ordre du jour" : "Agenda packet", 16));
        for (String line : plan.coverLines()) {
            blocks.add(TextPages.Block.paragraph(line));
        }
        TextPages.draw(packet, TextPages.layout(blocks).get(0));
    }

    private PDPage drawToc(PDDocument packet, List<TocLine> toc, int pageIndex) throws IOException {
        PDPage page = new PDPage(TextPages.SIZE);
        packet.addPage(page);
        float top = TextPages.SIZE.getHeight() - TextPages.MARGIN;
        float right = TextPages.SIZE.getWidth() - TextPages.MARGIN;
        try (PDPageContentStream out = new PDPageContentStream(packet, page)) {
            TextPages.write(out, TextPages.BOLD, 16, TextPages.MARGIN, top - 16,
                    french ? "Table des matières" : "Contents");
            int from = pageIndex * TOC_LINES_PER_PAGE;
            for (int i = from; i < Math.min(toc.size(), from + TOC_LINES_PER_PAGE); i++) {
                TocLine line = toc.get(i);
                float y = tocBaseline(i - from);
                float indent = TextPages.MARGIN + 16 * line.level();
                var font = line.level() == 0 ? TextPages.BOLD : TextPages.REGULAR;
                String pageNumber = Integer.toString(line.page());
                float numberX = right - TextPages.width(TextPages.REGULAR, 10, pageNumber);
                String label = (line.number().isEmpty() ? "" : line.number() + "  ") + line.title();
                String fitted = TextPages.fit(font, 10, label, numberX - indent - 24);
                TextPages.write(out, font, 10, indent, y, fitted);
                float dotsFrom = indent + TextPages.width(font, 10, fitted) + 6;
                int dots = (int) ((numberX - 6 - dotsFrom) / TextPages.width(TextPages.REGULAR, 10, ". "));
                if (dots > 0) {
                    TextPages.write(out, TextPages.REGULAR, 10, dotsFrom, y, ". ".repeat(dots));
                }
                TextPages.write(out, TextPages.REGULAR, 10, numberX, y, pageNumber);
            }
        }
        return page;
    }

    private static float tocBaseline(int row) {
        return TextPages.SIZE.getHeight() - TextPages.MARGIN - 16 - 24 - row * TOC_LEADING;
    }

    private static void bookmark(PDDocument packet, List<TocLine> toc) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem[] parents = new PDOutlineItem[4];
        for (TocLine line : toc) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle((line.number().isEmpty() ? "" : line.number() + " ") + line.title());
            item.setDestination(destination(packet, line.page()));
            if (line.level() == 0) {
                outline.addLast(item);
            } else {
                PDOutlineItem parent = parents[line.level() - 1];
                if (parent == null) {
                    outline.addLast(item);
                } else {
                    parent.addLast(item);
                }
            }
            parents[line.level()] = item;
            for (int deeper = line.level() + 1; deeper < parents.length; deeper++) {
                parents[deeper] = null;
            }
        }
        outline.openNode();
        packet.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static void link(PDDocument packet, List<PDPage> tocPages, List<TocLine> toc) {
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        List<List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation>> annotations = new ArrayList<>();
        tocPages.forEach(p -> annotations.add(new ArrayList<>()));
        for (int i = 0; i < toc.size(); i++) {
            float y = tocBaseline(i % TOC_LINES_PER_PAGE);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(TextPages.MARGIN, y - 3,
                    TextPages.SIZE.getWidth() - 2 * TextPages.MARGIN, TOC_LEADING));
            link.setBorderStyle(noBorder);
            PDActionGoTo goTo = new PDActionGoTo();
            goTo.setDestination(destination(packet, toc.get(i).page()));
            link.setAction(goTo);
            link.setContents(toc.get(i).title());
            annotations.get(i / TOC_LINES_PER_PAGE).add(link);
        }
        for (int p = 0; p < tocPages.size(); p++) {
            tocPages.get(p).setAnnotations(annotations.get(p));
        }
    }

    private static PDPageFitDestination destination(PDDocument packet, int pageNumber) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(packet.getPage(pageNumber - 1));
        return destination;
    }
}
