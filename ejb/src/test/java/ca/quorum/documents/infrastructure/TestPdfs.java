package ca.quorum.documents.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Generates the PDFs tests need: readable ones whose pages say what they are, and broken ones. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A PDF of {@code pages} pages; page k reads "{label} page k". */
    public static Path pages(Path file, String label, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int k = 1; k <= pages; k++) {
                PDPage page = new PDPage(k % 5 == 0 ? PDRectangle.A4 : PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    TextPages.write(out, TextPages.REGULAR, 12, 72, 700, label + " page " + k);
                    for (int line = 0; line < 30; line++) {
                        TextPages.write(out, TextPages.REGULAR, 9, 72, 660 - line * 14,
                                "Background text of " + label + ", line " + line
                                        + ": the quick brown fox jumps over the lazy dog.");
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** Grows a PDF past {@code bytes} with comment lines after its end, which readers ignore. */
    public static Path padded(Path file, int bytes) throws IOException {
        String line = "% padding to make the file large\n";
        try (var out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1,
                java.nio.file.StandardOpenOption.APPEND)) {
            for (int written = 0; written < bytes; written += line.length()) {
                out.write(line);
            }
        }
        return file;
    }

    public static Path encrypted(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** Starts like a PDF, then is nothing of the sort. */
    public static Path corrupt(Path file) throws IOException {
        Files.writeString(file, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a PDF body\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
        return file;
    }

    public static Path notPdf(Path file) throws IOException {
        Files.writeString(file, "Name,Amount\nRoad salt,98000\n", StandardCharsets.UTF_8);
        return file;
    }
}
