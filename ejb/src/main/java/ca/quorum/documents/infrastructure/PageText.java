package ca.quorum.documents.infrastructure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of each page of a PDF, as PDFBox extracts it: what search indexes, so a hit can name its page. */
public final class PageText {

    private PageText() {
    }

    /** One string per page, in order (empty for a page without text); read from the file, not whole in memory. */
    public static List<String> of(Path pdf) throws IOException {
        // a buffered reader: PDFBox's default for a File maps it into memory and cannot unmap it on this JDK
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf))) {
            return of(doc);
        }
    }

    public static List<String> of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return of(doc);
        }
    }

    private static List<String> of(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        List<String> pages = new ArrayList<>(doc.getNumberOfPages());
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(clean(stripper.getText(doc)));
        }
        return pages;
    }

    /** Without surrounding space and without NUL characters (which a PostgreSQL text cannot hold). */
    static String clean(String text) {
        return text.replace("\u0000", "").strip();
    }
}
