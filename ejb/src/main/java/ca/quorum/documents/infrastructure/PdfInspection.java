package ca.quorum.documents.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks an uploaded file before anything of it is stored: within the size limit, a PDF by its header, readable
 * by PDFBox, not encrypted, with at least one page. A refusal names the file and the reason.
 */
public final class PdfInspection {

    /** The outcome: either the page count, or the reason the file is refused. */
    public record Verdict(int pages, String refusal) {

        public boolean accepted() {
            return refusal == null;
        }
    }

    private PdfInspection() {
    }

    public static Verdict inspect(String fileName, Path file, long maxBytes) {
        String name = "\"" + fileName + "\"";
        try {
            long size = Files.size(file);
            if (size == 0) {
                return refuse(name + " is empty.");
            }
            if (size > maxBytes) {
                return refuse(name + " is " + megabytes(size) + ", over the limit of " + megabytes(maxBytes) + ".");
            }
            byte[] head = new byte[1024];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (!new String(Arrays.copyOf(head, read), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains("%PDF-")) {
                return refuse(name + " is not a PDF file.");
            }
            try (PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
                if (document.isEncrypted()) {
                    return refuse(name + " is encrypted; attach a PDF without a password or restrictions.");
                }
                if (document.getNumberOfPages() == 0) {
                    return refuse(name + " has no pages.");
                }
                document.getPages().forEach(p -> p.getMediaBox());
                return new Verdict(document.getNumberOfPages(), null);
            }
        } catch (InvalidPasswordException e) {
            return refuse(name + " is encrypted with a password; attach a PDF without a password.");
        } catch (IOException | RuntimeException e) {
            return refuse(name + " is damaged and cannot be read as a PDF (" + e.getMessage() + ").");
        }
    }

    private static Verdict refuse(String reason) {
        return new Verdict(0, reason);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
