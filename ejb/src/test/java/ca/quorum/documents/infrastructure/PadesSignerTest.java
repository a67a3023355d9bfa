package ca.quorum.documents.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ca.quorum.shared.domain.RuleViolation;

/**
 * Minutes rendered as a tagged PDF, signed by the chair and then the clerk (with an RFC 3161 time-stamp from a local
 * authority, and validation data from its CRL), checked by poppler's {@code pdfsig} and by our own inspector; one
 * changed byte inside the signed range makes both fail.
 */
class PadesSignerTest {

    private static final String HTML = "<h1>Minutes: Regular Council Meeting</h1><p>Council, Town of Lakeview Harbour."
            + "</p><h2>Attendance</h2><ul><li>Mayor Eleanor Whitfield \u2014 in person from 7:00 p.m.</li>"
            + "<li>Conseillère Lucie Tremblay \u2014 électroniquement</li></ul><h2>Proceedings</h2>"
            + "<h3>6.1 2027 Road Salt Supply Tender</h3><p>Motion 1. Moved by Councillor Grace Chen:</p>"
            + "<blockquote><p>That Council award the tender.</p></blockquote><p>Result: Carried (6 in favour, 2 "
            + "opposed).</p><ol><li>first</li><li>second</li></ol>";

    private static LocalAuthority authority;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        authority = new LocalAuthority();
    }

    @AfterAll
    static void stop() throws IOException {
        authority.close();
    }

    private static byte[] minutes() {
        return RecordPdf.render("Minutes: Regular Council Meeting, 16 March 2027", "en-CA", HTML,
                "Town of Lakeview Harbour \u2014 Council minutes");
    }

    private static PadesSigner.Credential credential(String name, boolean withCrl) {
        Certificates.KeyAndChain keys = authority.signer("CN=" + name + ",O=Town of Lakeview Harbour",
                Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(30)), withCrl);
        return new PadesSigner.Credential(keys.key(), keys.chain(), name);
    }

    private static byte[] signedTwice() {
        byte[] chair = PadesSigner.sign(minutes(), credential("Eleanor Whitfield", false), "Chair", "Lakeview Harbour",
                Instant.now(), Optional.empty());
        return PadesSigner.sign(chair, credential("Dana Clerk", true), "Clerk", "Lakeview Harbour", Instant.now(),
                Optional.of(new TimeStampClient(URI.create(authority.tsaUrl()))));
    }

    private String pdfsig(byte[] pdf) throws Exception {
        Path file = dir.resolve("signed-" + System.nanoTime() + ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdfsig", "-nocert", "-no-ocsp", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theRecordIsATaggedPdfWithTitleLanguageAndExtractableText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(minutes())) {
            var catalog = doc.getDocumentCatalog();
            assertEquals("en-CA", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            assertEquals("Minutes: Regular Council Meeting, 16 March 2027", doc.getDocumentInformation().getTitle());
            assertNotNull(catalog.getMetadata());
            var root = (PDStructureElement) catalog.getStructureTreeRoot().getKids().get(0);
            assertEquals("Document", root.getStructureType());
            List<String> types = root.getKids().stream().map(k -> ((PDStructureElement) k).getStructureType())
                    .toList();
            assertEquals(List.of("H1", "P", "H2", "L", "H2", "H3", "P", "BlockQuote", "P", "L"), types);
            assertNotNull(catalog.getStructureTreeRoot().getParentTree());
            assertTrue(doc.getPage(0).getStructParents() >= 0);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("That Council award the tender."), text);
            assertTrue(text.contains("Conseillère Lucie Tremblay"), "accented text survives: " + text);
            assertTrue(doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames()
                    .iterator().next()).isEmbedded(), "the font is embedded");
        }
    }

    @Test
    void chairAndClerkSignaturesBothValidateInPdfsig() throws Exception {
        int stampsBefore = authority.stamps.get();
        byte[] signed = signedTwice();
        String report = pdfsig(signed);
        assertEquals(2, count(report, "Signature Validation: Signature is Valid."), report);
        assertEquals(2, count(report, "ETSI.CAdES.detached"), report);
        assertTrue(report.contains("Signer Certificate Common Name: Eleanor Whitfield"), report);
        assertTrue(report.contains("Signer Certificate Common Name: Dana Clerk"), report);
        assertEquals(stampsBefore + 1, authority.stamps.get(), "the clerk's signature was time-stamped");

        List<SignatureInspector.Check> checks = SignatureInspector.inspect(signed);
        assertEquals(2, checks.size());
        assertTrue(checks.stream().allMatch(SignatureInspector.Check::valid), checks.toString());
        assertTrue(checks.get(0).timeStamp().isEmpty());
        assertTrue(checks.get(1).timeStamp().isPresent() && checks.get(1).timeStampValid(), checks.toString());
        assertFalse(checks.get(0).coversWholeFile(), "the chair's revision is followed by the clerk's");

        try (PDDocument doc = Loader.loadPDF(signed)) {
            COSDictionary dss = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
            assertNotNull(dss, "the clerk's certificate names a CRL that answered, so validation data was added");
            assertEquals(1, dss.getCOSArray(COSName.getPDFName("CRLs")).size());
        }
        Path file = dir.resolve("qpdf.pdf");
        Files.write(file, signed);
        Process qpdf = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
        String qpdfOut = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, qpdf.waitFor(), qpdfOut);
    }

    @Test
    void withoutValidationDataTheLastSignatureCoversTheWholeDocument() throws Exception {
        byte[] chair = PadesSigner.sign(minutes(), credential("Eleanor Whitfield", false), "Chair", "Lakeview Harbour",
                Instant.now(), Optional.empty());
        byte[] both = PadesSigner.sign(chair, credential("Dana Clerk", false), "Clerk", "Lakeview Harbour",
                Instant.now(), Optional.empty());
        String report = pdfsig(both);
        assertEquals(2, count(report, "Signature Validation: Signature is Valid."), report);
        assertEquals(1, count(report, "Total document signed"), "the clerk's signature covers every byte: " + report);
        assertTrue(both.length - chair.length < 40_000, "a signature adds tens of kilobytes at most");
        try (PDDocument doc = Loader.loadPDF(both)) {
            assertEquals(null, doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("DSS")),
                    "no revocation information, no DSS");
        }
    }

    @Test
    void oneChangedByteInsideTheSignedRangeFailsValidation() throws Exception {
        byte[] signed = signedTwice();
        byte[] title = "Regular Council".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(signed, title);
        assertTrue(at > 0, "the XMP title is stored as plain text");
        signed[at] = 'r';
        String report = pdfsig(signed);
        assertEquals(0, count(report, "Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Digest Mismatch") || report.contains("Signature is Invalid"), report);
        assertTrue(SignatureInspector.inspect(signed).stream().noneMatch(SignatureInspector.Check::valid));
    }

    @Test
    void expiredAndNotYetValidCertificatesAreRefusedBeforeSigning() {
        Instant now = Instant.now();
        var expired = authority.signer("CN=Old Clerk", now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)),
                false);
        RuleViolation e = assertThrows(RuleViolation.class, () -> PadesSigner.sign(minutes(),
                new PadesSigner.Credential(expired.key(), expired.chain(), "Old Clerk"), "Clerk", "x", now,
                Optional.empty()));
        assertTrue(e.getMessage().contains("expired"), e.getMessage());
        var future = authority.signer("CN=New Clerk", now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(400)),
                false);
        e = assertThrows(RuleViolation.class, () -> PadesSigner.sign(minutes(),
                new PadesSigner.Credential(future.key(), future.chain(), "New Clerk"), "Clerk", "x", now,
                Optional.empty()));
        assertTrue(e.getMessage().contains("not valid until"), e.getMessage());
    }

    @Test
    void aTimeStampAuthorityThatDoesNotAnswerStopsTheSigning() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> PadesSigner.sign(minutes(),
                credential("Dana Clerk", false), "Clerk", "x", Instant.now(),
                Optional.of(new TimeStampClient(URI.create("http://127.0.0.1:9/tsa")))));
        assertTrue(e.getMessage().contains("nothing was signed"), e.getMessage());
    }

    @Test
    void aWrongKeystorePasswordIsRefusedClearly() {
        byte[] p12 = Certificates.pkcs12(authority.signer("CN=Dana Clerk", Instant.now().minusSeconds(5),
                Instant.now().plus(Duration.ofDays(5)), false), "right-password".toCharArray());
        RuleViolation e = assertThrows(RuleViolation.class, () -> Certificates.open(p12, "wrong".toCharArray()));
        assertTrue(e.getMessage().contains("password is wrong"), e.getMessage());
        assertEquals("CN=Dana Clerk", Certificates.open(p12, "right-password".toCharArray()).chain().get(0)
                .getSubjectX500Principal().getName());
        e = assertThrows(RuleViolation.class, () -> Certificates.open("not a keystore".getBytes(), "x".toCharArray()));
        assertTrue(e.getMessage().contains("not a PKCS#12"), e.getMessage());
    }

    private static int indexOf(byte[] data, byte[] what) {
        outer:
        for (int i = 0; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
