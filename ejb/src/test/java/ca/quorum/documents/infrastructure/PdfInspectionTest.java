package ca.quorum.documents.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ca.quorum.testing.HostilePdfs;

class PdfInspectionTest {

    private static final PdfInspection.Limits LIMITS = new PdfInspection.Limits(50L << 20, 5000, 64L << 20,
            Duration.ofSeconds(20));

    @TempDir
    Path dir;

    private PdfInspection.Verdict inspect(String name, byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);
        return PdfInspection.inspect(name, file, LIMITS);
    }

    private void refusedBecause(String name, byte[] bytes, String because) throws Exception {
        PdfInspection.Verdict verdict = inspect(name, bytes);
        assertFalse(verdict.accepted(), name + " was accepted");
        assertTrue(verdict.refusal().contains(because), verdict.refusal());
        assertTrue(verdict.refusal().startsWith("\"" + name + "\""), "the refusal names the file");
    }

    @Test
    void aPlainOnePageDocumentIsAccepted() throws Exception {
        PdfInspection.Verdict verdict = inspect("plain.pdf", HostilePdfs.plain());
        assertTrue(verdict.accepted(), verdict.refusal());
        assertEquals(1, verdict.pages());
    }

    @Test
    void aDecompressionBombIsRefusedWithoutInflatingIt() throws Exception {
        refusedBecause("bomb.pdf", HostilePdfs.all().get("decompression-bomb.pdf"), "expands to more than 64.0 MB");
    }

    @Test
    void aHundredThousandPagesAreOverTheLimit() throws Exception {
        refusedBecause("pages.pdf", HostilePdfs.pages(100_000), "100000 pages, over the limit of 5000");
    }

    @Test
    void aDeeplyNestedObjectTreeIsRefusedAndTheServerKeepsItsStack() throws Exception {
        PdfInspection.Verdict verdict = inspect("nested.pdf", HostilePdfs.nested(200_000));
        assertFalse(verdict.accepted());
    }

    @Test
    void javaScriptAndEmbeddedFilesAreRefused() throws Exception {
        refusedBecause("script.pdf", HostilePdfs.javascript(), "contains JavaScript");
        refusedBecause("carrier.pdf", HostilePdfs.embeddedFile(), "contains embedded files");
    }

    @Test
    void aTruncatedFileIsRefusedAsIncomplete() throws Exception {
        refusedBecause("cut.pdf", HostilePdfs.truncated(), "is incomplete");
    }

    @Test
    void anEncryptedFileIsRefused() throws Exception {
        refusedBecause("locked.pdf", HostilePdfs.encrypted(), "encrypted");
    }

    @Test
    void everyFileOfTheCorpusIsRefusedWithAReason() throws Exception {
        for (var hostile : HostilePdfs.all().entrySet()) {
            PdfInspection.Verdict verdict = inspect(hostile.getKey(), hostile.getValue());
            assertFalse(verdict.accepted(), hostile.getKey() + " was accepted");
            assertFalse(verdict.refusal().contains("Exception"), verdict.refusal());
        }
    }

    @Test
    void aFileThatTakesTooLongIsRefusedInTime() throws Exception {
        Path file = Files.write(dir.resolve("slow.pdf"), HostilePdfs.pages(60_000));
        long start = System.nanoTime();
        PdfInspection.Verdict verdict = PdfInspection.inspect("slow.pdf", file, new PdfInspection.Limits(50L << 20,
                100_000, 64L << 20, Duration.ofMillis(1)));
        assertFalse(verdict.accepted());
        assertTrue(verdict.refusal().contains("takes too long"), verdict.refusal());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "the caller was not kept waiting");
    }
}
