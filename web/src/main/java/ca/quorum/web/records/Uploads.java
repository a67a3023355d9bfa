package ca.quorum.web.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.Part;

/** Reading an uploaded file of a bounded size from a form. */
final class Uploads {

    private Uploads() {
    }

    static boolean chosen(Part part) {
        return part != null && part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank();
    }

    /** The file's bytes; null when larger than {@code maxBytes}. */
    static byte[] read(Part part, long maxBytes) {
        if (part.getSize() > maxBytes) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
