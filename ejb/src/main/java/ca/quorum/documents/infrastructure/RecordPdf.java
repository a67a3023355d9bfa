package ca.quorum.documents.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders a record (minutes, a by-law) from its sanitised rich text as a tagged PDF, aiming at PDF/UA: a structure
 * tree (Document, H1-H4, P, L/LI/Lbl/LBody, BlockQuote) in reading order, every text line in a marked-content
 * sequence of its element, page footers as pagination artifacts, an embedded Unicode font (Liberation Sans, shipped
 * in PDFBox), the document title in the Info dictionary and XMP and shown by viewers, and the natural language set.
 */
public final class RecordPdf {

    private static final PDRectangle SIZE = PDRectangle.LETTER;
    private static final float MARGIN = 72;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final PDStructureElement root;
    private final Map<Integer, COSArray> parentTree = new HashMap<>();
    private final Map<Integer, String> glyphs = new HashMap<>();
    private PDPage page;
    private PDPageContentStream content;
    private int mcid;
    private float y;

    private RecordPdf(String title, String language) throws IOException {
        try (InputStream in = RecordPdf.class.getResourceAsStream(FONT)) {
            font = PDType0Font.load(doc, in, true);
        }
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setProducer("Quorum");
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(title, language).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        PDStructureTreeRoot tree = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(tree);
        root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
        root.setLanguage(language);
        tree.appendKid(root);
    }

    /**
     * Renders sanitised HTML (see {@link RichText}) as a tagged PDF.
     *
     * @param footer the text left of "Page N of M" on every page (typically the record's name)
     */
    public static byte[] render(String title, String language, String html, String footer) {
        try {
            RecordPdf pdf = new RecordPdf(title, language);
            pdf.newPage();
            for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
                pdf.block(node, pdf.root, 0);
            }
            pdf.content.close();
            pdf.finish(footer);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.doc.save(out);
            pdf.doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void block(Node node, PDStructureElement parent, float indent) throws IOException {
        if (node instanceof TextNode text) {
            if (!text.isBlank()) {
                paragraph(parent, StandardStructureTypes.P, text.text(), 11, indent, 6);
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        switch (e.normalName()) {
            case "h1" -> paragraph(parent, StandardStructureTypes.H1, e.text(), 18, indent, 6);
            case "h2" -> paragraph(parent, StandardStructureTypes.H2, e.text(), 14.5f, indent, 14);
            case "h3" -> paragraph(parent, StandardStructureTypes.H3, e.text(), 12.5f, indent, 10);
            case "h4" -> paragraph(parent, StandardStructureTypes.H4, e.text(), 11.5f, indent, 8);
            case "ul", "ol" -> list(e, parent, indent);
            case "blockquote" -> {
                PDStructureElement quote = element(parent, StandardStructureTypes.BLOCK_QUOTE);
                for (Node child : e.childNodes()) {
                    block(child, quote, indent + 24);
                }
            }
            default -> {
                if (!e.text().isBlank()) {
                    paragraph(parent, StandardStructureTypes.P, e.text(), 11, indent, 6);
                }
            }
        }
    }

    private void list(Element list, PDStructureElement parent, float indent) throws IOException {
        PDStructureElement l = element(parent, StandardStructureTypes.L);
        int n = 0;
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            n++;
            PDStructureElement li = element(l, StandardStructureTypes.LI);
            String label = list.normalName().equals("ol") ? n + "." : "\u2022";
            float before = 3;
            ensureRoom(11 * 1.35f + before);
            y -= before;
            PDStructureElement lbl = element(li, StandardStructureTypes.LBL);
            float top = y;
            line(lbl, label, 11, indent + 4);
            y = top;
            PDStructureElement body = element(li, StandardStructureTypes.L_BODY);
            List<Node> rest = new ArrayList<>();
            StringBuilder own = new StringBuilder();
            for (Node child : item.childNodes()) {
                if (child instanceof Element c && (c.normalName().equals("ul") || c.normalName().equals("ol"))) {
                    rest.add(c);
                } else {
                    own.append(child instanceof TextNode t ? t.text() : ((Element) child).text()).append(' ');
                }
            }
            text(body, own.toString().strip(), 11, indent + 20, 0);
            for (Node nested : rest) {
                block(nested, body, indent + 20);
            }
        }
    }

    private void paragraph(PDStructureElement parent, String type, String text, float size, float indent,
            float spaceBefore) throws IOException {
        if (!text.isBlank()) {
            text(element(parent, type), text, size, indent, spaceBefore);
        }
    }

    /** Lays text out as lines that all belong to {@code element}. */
    private void text(PDStructureElement element, String text, float size, float indent, float spaceBefore)
            throws IOException {
        String clean = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (clean.isEmpty()) {
            return;
        }
        List<String> lines = wrap(clean, size, WIDTH - indent);
        ensureRoom(size * 1.35f + spaceBefore);
        y -= spaceBefore;
        for (String l : lines) {
            line(element, l, size, indent);
        }
    }

    private void line(PDStructureElement element, String text, float size, float indent) throws IOException {
        ensureRoom(size * 1.35f);
        y -= size * 1.35f;
        int id = mcid++;
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, id);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(MARGIN + indent, y);
        content.showText(text);
        content.endText();
        content.endMarkedContent();
        // the element's own page takes bare MCIDs; a continuation on a later page takes a marked-content reference
        // (few objects: every extra object costs time whenever the file is parsed, e.g. when it is signed)
        if (element.getCOSObject().getDictionaryObject(COSName.PG) == null) {
            element.setPage(page);
        }
        if (element.getCOSObject().getDictionaryObject(COSName.PG) == page.getCOSObject()) {
            appendKid(element, org.apache.pdfbox.cos.COSInteger.get(id));
        } else {
            COSDictionary reference = new COSDictionary();
            reference.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
            reference.setItem(COSName.PG, page.getCOSObject());
            reference.setInt(COSName.MCID, id);
            reference.setDirect(true);
            appendKid(element, reference);
        }
        parentTree.computeIfAbsent(doc.getNumberOfPages() - 1, p -> new COSArray()).add(element.getCOSObject());
    }

    private static void appendKid(PDStructureElement element, COSBase kid) {
        COSBase k = element.getCOSObject().getDictionaryObject(COSName.K);
        if (k == null) {
            element.getCOSObject().setItem(COSName.K, kid);
        } else if (k instanceof COSArray array) {
            array.add(kid);
        } else {
            COSArray array = new COSArray();
            array.add(k);
            array.add(kid);
            element.getCOSObject().setItem(COSName.K, array);
        }
    }

    private static PDStructureElement element(PDStructureElement parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    private void ensureRoom(float needed) throws IOException {
        if (y - needed < MARGIN) {
            content.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        page = new PDPage(SIZE);
        page.setStructParents(doc.getNumberOfPages());
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        mcid = 0;
        y = SIZE.getHeight() - MARGIN;
    }

    /** Footers as pagination artifacts (outside the structure), the parent tree, and the structure's page links. */
    private void finish(String footer) throws IOException {
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage p = doc.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                COSDictionary artifact = new COSDictionary();
                artifact.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
                cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(artifact));
                cs.beginText();
                cs.setFont(font, 9);
                cs.newLineAtOffset(MARGIN, 36);
                String left = printable(footer);
                cs.showText(left.length() > 90 ? left.substring(0, 89) + "\u2026" : left);
                String right = "Page " + (i + 1) + " / " + pages;
                cs.newLineAtOffset(WIDTH - font.getStringWidth(right) / 1000 * 9, 0);
                cs.showText(right);
                cs.endText();
                cs.endMarkedContent();
            }
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        Map<Integer, COSArray> numbers = new HashMap<>(parentTree);
        for (int i = 0; i < pages; i++) {
            numbers.putIfAbsent(i, new COSArray());
        }
        tree.setNumbers(numbers);
        PDStructureTreeRoot structure = doc.getDocumentCatalog().getStructureTreeRoot();
        structure.setParentTree(tree);
        structure.setParentTreeNextKey(pages);
    }

    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : printable(text).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || font.getStringWidth(candidate) / 1000 * size <= width) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
            while (font.getStringWidth(current.toString()) / 1000 * size > width && current.length() > 1) {
                int cut = current.length() - 1;
                while (cut > 1 && font.getStringWidth(current.substring(0, cut)) / 1000 * size > width) {
                    cut--;
                }
                lines.add(current.substring(0, cut));
                current.delete(0, cut);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** Replaces characters the font has no glyph for with a question mark, so no text is silently lost. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(glyphs.computeIfAbsent(cp, c -> {
            String s = new String(Character.toChars(c));
            try {
                font.encode(s);
                return s;
            } catch (IOException | IllegalArgumentException e) {
                return "?";
            }
        })));
        return out.toString();
    }

    private static String xmp(String title, String language) {
        String t = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + t + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:language><rdf:Bag><rdf:li>" + language + "</rdf:li></rdf:Bag></dc:language>"
                + "<dc:format>application/pdf</dc:format>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }
}
