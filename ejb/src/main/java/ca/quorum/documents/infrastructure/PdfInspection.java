package ca.quorum.documents.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks an uploaded file before anything of it is stored (OWASP ASVS 5.0 V5.2: file handling): within the size
 * limit, a PDF by its header and complete (ending in {@code %%EOF}), readable by PDFBox within a time limit and
 * without exhausting the stack (deeply nested objects), not encrypted, with 1 to {@link Limits#maxPages()} pages, no
 * stream that inflates beyond {@link Limits#maxDecodedBytes()} in all (a decompression bomb), and no active content:
 * JavaScript, launch actions or embedded files. A refusal names the file and the reason; nothing is kept in memory
 * beyond PDFBox's own structures (decoded streams go to a bounded scratch file).
 */
public final class PdfInspection {

    /** The outcome: either the page count, or the reason the file is refused. */
    public record Verdict(int pages, String refusal) {

        public boolean accepted() {
            return refusal == null;
        }
    }

    /**
     * How much a file may ask of the server: its size, its pages, the bytes its streams inflate to, and the time to
     * read it. Each is a setting ({@code QUORUM_MAX_UPLOAD_MB}, {@code QUORUM_PDF_MAX_PAGES},
     * {@code QUORUM_PDF_MAX_INFLATED_MB}, {@code QUORUM_PDF_MAX_SECONDS}) with the defaults of {@link #defaults}.
     */
    public record Limits(long maxBytes, int maxPages, long maxDecodedBytes, Duration maxTime) {

        /** 5,000 pages, 512 MB inflated, 30 seconds, and the given size. */
        public static Limits defaults(long maxBytes) {
            return new Limits(maxBytes, 5000, 512L << 20, Duration.ofSeconds(30));
        }

        /** The configured bounds (the defaults where a setting is absent or not a positive whole number). */
        public static Limits configured(long maxBytes) {
            Limits defaults = defaults(maxBytes);
            return new Limits(maxBytes, (int) setting("QUORUM_PDF_MAX_PAGES", defaults.maxPages()),
                    setting("QUORUM_PDF_MAX_INFLATED_MB", defaults.maxDecodedBytes() >> 20) << 20,
                    Duration.ofSeconds(setting("QUORUM_PDF_MAX_SECONDS", defaults.maxTime().toSeconds())));
        }

        private static long setting(String name, long fallback) {
            return ca.quorum.shared.infrastructure.Configuration.get(name).map(String::strip)
                    .filter(v -> v.matches("[1-9][0-9]{0,6}")).map(Long::parseLong).orElse(fallback);
        }
    }

    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.getPDFName("JavaScript"),
            COSName.getPDFName("Launch"), COSName.getPDFName("ImportData"), COSName.getPDFName("RichMediaExecute"),
            COSName.getPDFName("SubmitForm"));
    private static final int MAX_DEPTH = 100;

    private PdfInspection() {
    }

    /** Inspects with the configured bounds and this size limit. */
    public static Verdict inspect(String fileName, Path file, long maxBytes) {
        return inspect(fileName, file, Limits.configured(maxBytes));
    }

    public static Verdict inspect(String fileName, Path file, Limits limits) {
        String name = "\"" + fileName + "\"";
        try {
            long size = Files.size(file);
            if (size == 0) {
                return refuse(name + " is empty.");
            }
            if (size > limits.maxBytes()) {
                return refuse(name + " is " + megabytes(size) + ", over the limit of " + megabytes(limits.maxBytes())
                        + ".");
            }
            byte[] head = new byte[1024];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (!new String(Arrays.copyOf(head, read), StandardCharsets.ISO_8859_1).contains("%PDF-")) {
                return refuse(name + " is not a PDF file.");
            }
            if (!endsWithEof(file, size)) {
                return refuse(name + " is incomplete (it does not end as a PDF file does): it may have been cut off "
                        + "while copying or downloading. Attach the whole file.");
            }
        } catch (IOException e) {
            return refuse(name + " cannot be read.");
        }
        // parsed on a thread of its own: a bounded time, and a stack of its own for deeply nested objects
        FutureTask<Verdict> parse = new FutureTask<>(() -> parse(name, file, limits));
        Thread worker = new Thread(null, parse, "pdf-inspection", 8L << 20);
        worker.setDaemon(true);
        worker.start();
        try {
            return parse.get(limits.maxTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            return refuse(name + " takes too long to read (over " + limits.maxTime().toSeconds() + " seconds); it "
                    + "may be damaged or built to overload the server.");
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            return refuse(name + " could not be checked; try again.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StackOverflowError) {
                return refuse(name + " nests its objects too deeply to be read safely.");
            }
            if (cause instanceof OutOfMemoryError) {
                return refuse(name + " needs more memory to read than a document may ask for.");
            }
            return refuse(name + " is damaged and cannot be read as a PDF.");
        }
    }

    private static Verdict parse(String name, Path file, Limits limits) {
        try (PDDocument document = Loader.loadPDF(file.toFile(),
                MemoryUsageSetting.setupTempFileOnly(limits.maxDecodedBytes()).streamCache)) {
            if (document.isEncrypted()) {
                return refuse(name + " is encrypted; attach a PDF without a password or restrictions.");
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                return refuse(name + " has no pages.");
            }
            if (pages > limits.maxPages()) {
                return refuse(name + " has " + pages + " pages, over the limit of " + limits.maxPages() + ".");
            }
            int counted = 0;
            for (PDPage page : document.getPages()) {
                page.getMediaBox();
                if (++counted > limits.maxPages()) {
                    return refuse(name + " has more than " + limits.maxPages() + " pages.");
                }
            }
            String active = activeContent(document.getDocument());
            if (active != null) {
                return refuse(name + " contains " + active + ", which a public record may not carry; print it "
                        + "to a plain PDF and attach that.");
            }
            long inflated = inflatedBytes(document.getDocument(), limits.maxDecodedBytes());
            if (inflated > limits.maxDecodedBytes()) {
                return refuse(name + " expands to more than " + megabytes(limits.maxDecodedBytes()) + " when read "
                        + "(a compression bomb, or an unusually heavy document).");
            }
            return new Verdict(counted, null);
        } catch (InvalidPasswordException e) {
            return refuse(name + " is encrypted with a password; attach a PDF without a password.");
        } catch (IOException | RuntimeException e) {
            return refuse(name + " is damaged and cannot be read as a PDF.");
        }
    }

    /** What active content the document carries ("JavaScript", "embedded files", …), or null for none. */
    static String activeContent(COSDocument document) throws IOException {
        Map<COSBase, Boolean> seen = new IdentityHashMap<>();
        for (COSObjectKey key : List.copyOf(document.getXrefTable().keySet())) {
            COSObject object = document.getObjectFromPool(key);
            String found = active(object == null ? null : object.getObject(), 0, seen);
            if (found != null) {
                return found;
            }
        }
        return active(document.getTrailer(), 0, seen);
    }

    private static String active(COSBase value, int depth, Map<COSBase, Boolean> seen) {
        if (value == null || depth > MAX_DEPTH || seen.put(value, Boolean.TRUE) != null) {
            return null;
        }
        if (value instanceof COSDictionary dictionary) {
            COSName subtype = dictionary.getCOSName(COSName.S);
            if (subtype != null && ACTIVE_ACTIONS.contains(subtype)) {
                return subtype.getName().equals("JavaScript") ? "JavaScript" : "an action that runs or sends "
                        + "something (" + subtype.getName() + ")";
            }
            if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
                return "JavaScript";
            }
            if (COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                    || dictionary.containsKey(COSName.EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)) {
                return "embedded files";
            }
            if (COSName.getPDFName("RichMedia").equals(dictionary.getCOSName(COSName.SUBTYPE))) {
                return "rich media";
            }
            for (COSBase entry : dictionary.getValues()) {
                if (!(entry instanceof COSObject)) { // indirect objects are visited from the cross-reference table
                    String found = active(entry, depth + 1, seen);
                    if (found != null) {
                        return found;
                    }
                }
            }
        } else if (value instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase entry = array.get(i);
                if (!(entry instanceof COSObject)) {
                    String found = active(entry, depth + 1, seen);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The bytes the document's Flate-compressed streams (where compression bombs live; images stay compressed)
     * inflate to, counted until {@code limit} is passed. Inflated here, from the raw bytes, a buffer at a time and
     * thrown away: nothing of it is kept in memory or on disk, and an interrupted inspection stops between buffers.
     */
    static long inflatedBytes(COSDocument document, long limit) throws IOException {
        long total = 0;
        byte[] raw = new byte[64 * 1024];
        byte[] out = new byte[256 * 1024];
        for (COSObjectKey key : List.copyOf(document.getXrefTable().keySet())) {
            COSObject object = document.getObjectFromPool(key);
            if (!(object != null && object.getObject() instanceof COSStream stream && flate(stream))) {
                continue;
            }
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            try (InputStream in = stream.createRawInputStream()) {
                while (!inflater.finished()) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IOException("inspection interrupted");
                    }
                    if (inflater.needsInput()) {
                        int n = in.read(raw);
                        if (n <= 0) {
                            break;
                        }
                        inflater.setInput(raw, 0, n);
                    }
                    int produced = inflater.inflate(out);
                    total += produced;
                    if (total > limit) {
                        return total;
                    }
                    if (produced == 0 && (inflater.needsDictionary() || inflater.finished())) {
                        break;
                    }
                }
            } catch (java.util.zip.DataFormatException damaged) {
                // a damaged stream inflates no further; what it gave counts
            } finally {
                inflater.end();
            }
        }
        return total;
    }

    /** Whether a stream's first filter is Flate (the one a bomb uses). */
    private static boolean flate(COSStream stream) {
        COSBase filters = stream.getFilters();
        COSBase first = filters instanceof COSArray array && array.size() > 0 ? array.getObject(0) : filters;
        return COSName.FLATE_DECODE.equals(first) || COSName.FLATE_DECODE_ABBREVIATION.equals(first);
    }

    /** Whether {@code %%EOF} is among the last kilobyte of the file, as every complete PDF has it. */
    private static boolean endsWithEof(Path file, long size) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            int tail = (int) Math.min(1024, size);
            byte[] end = new byte[tail];
            in.seek(size - tail);
            in.readFully(end);
            return new String(end, StandardCharsets.ISO_8859_1).contains("%%EOF");
        }
    }

    private static Verdict refuse(String reason) {
        return new Verdict(0, reason);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
