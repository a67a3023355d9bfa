package ca.quorum.documents.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays text out on Letter pages in the standard Helvetica faces (no font embedding, text stays extractable): lines
 * are wrapped to the margins and pages break where they must. Layout ({@link #layout}) and drawing
 * ({@link #draw}) are separate, so a caller knows the page count before it writes anything.
 */
final class TextPages {

    static final PDRectangle SIZE = PDRectangle.LETTER;
    static final float MARGIN = 72;
    static final float FOOTER_Y = 36;
    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** One line to draw: its font, size, left indent and the space it takes. */
    record Line(String text, PDFont font, float size, float indent, float leading) {
    }

    /** A run of text to lay out: a heading or a paragraph. */
    record Block(String text, PDFont font, float size, float indent, float spaceBefore) {

        static Block heading(String text, float size) {
            return new Block(text, BOLD, size, 0, size);
        }

        static Block paragraph(String text) {
            return new Block(text, REGULAR, 11, 0, 6);
        }
    }

    private TextPages() {
    }

    /** Wraps the blocks into pages of lines. Always at least one page. */
    static List<List<Line>> layout(List<Block> blocks) {
        float height = SIZE.getHeight() - 2 * MARGIN;
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        float used = 0;
        for (Block block : blocks) {
            boolean first = true;
            for (String text : wrap(block)) {
                float leading = block.size() * 1.3f + (first && !page.isEmpty() ? block.spaceBefore() : 0);
                if (used + leading > height && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                    leading = block.size() * 1.3f;
                }
                page.add(new Line(text, block.font(), block.size(), block.indent(), leading));
                used += leading;
                first = false;
            }
        }
        pages.add(page);
        return pages;
    }

    /** Draws one laid-out page onto a new page of {@code document}. */
    static PDPage draw(PDDocument document, List<Line> lines) throws IOException {
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            float y = SIZE.getHeight() - MARGIN;
            for (Line line : lines) {
                y -= line.leading();
                write(out, line.font(), line.size(), MARGIN + line.indent(), y, line.text());
            }
        }
        return page;
    }

    static void write(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with what WinAnsi (the standard fonts' encoding) cannot show replaced, and no control characters. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (encodable(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean encodable(int codePoint) {
        try {
            REGULAR.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Cuts a line to fit {@code maxWidth}, ending it with an ellipsis when cut. */
    static String fit(PDFont font, float size, String text, float maxWidth) {
        String clean = printable(text);
        if (width(font, size, clean) <= maxWidth) {
            return clean;
        }
        int end = clean.length();
        while (end > 0 && width(font, size, clean.substring(0, end) + "...") > maxWidth) {
            end--;
        }
        return clean.substring(0, end).stripTrailing() + "...";
    }

    private static List<String> wrap(Block block) {
        float max = SIZE.getWidth() - 2 * MARGIN - block.indent();
        List<String> lines = new ArrayList<>();
        for (String paragraph : (block.text() == null ? "" : block.text()).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : printable(paragraph).split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(block.font(), block.size(), candidate) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                String rest = word;
                while (width(block.font(), block.size(), rest) > max) {
                    int cut = rest.length();
                    while (cut > 1 && width(block.font(), block.size(), rest.substring(0, cut)) > max) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.setLength(0);
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
