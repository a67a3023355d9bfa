package ca.quorum.records.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferBagTest {

    @TempDir
    Path temp;

    private TransferBag twoFiles(Path root) throws Exception {
        Path agenda = Files.writeString(temp.resolve("agenda.pdf"), "%PDF-1.7 agenda");
        Path report = Files.writeString(temp.resolve("report.html"), "<p>Report, \"quoted\"</p>");
        TransferBag bag = new TransferBag(Files.createDirectories(root));
        bag.add(new TransferBag.Entry("AGENDA_REVISION-12", "public.pdf", agenda, "Agenda of Council, revision 1",
                "2027-03-16", "lakeview-harbour:AGENDA_REVISION:12", "Text", "public", "C01.02", "a".repeat(64)));
        bag.add(new TransferBag.Entry("STAFF_REPORT-7", "report.html", report, "Staff report: Roads, \"2027\"",
                "2027-02-01", "lakeview-harbour:STAFF_REPORT:7", "Text", "public", "C03", "b".repeat(64)));
        return bag;
    }

    @Test
    void aTransferIsAVerifiedBagIt10BagWithTheArchivematicaLayout() throws Exception {
        Path root = temp.resolve("bag");
        twoFiles(root).build("Lakeview Harbour", "transfer-5", Instant.parse("2027-04-01T14:00:00Z"));
        assertTrue(Files.readString(root.resolve("bagit.txt")).contains("BagIt-Version: 1.0"));
        assertTrue(Files.exists(root.resolve("data/objects/AGENDA_REVISION-12/public.pdf")));
        assertTrue(Files.exists(root.resolve("data/objects/STAFF_REPORT-7/report.html")));
        assertTrue(Files.exists(root.resolve("manifest-sha256.txt")) && Files.exists(root.resolve(
                "manifest-sha512.txt")));
        List<String> csv = Files.readAllLines(root.resolve("data/metadata/metadata.csv"));
        assertEquals("filename,dc.title,dc.date,dc.identifier,dc.type,dc.rights,dc.relation,dc.publisher", csv.get(0));
        assertTrue(csv.get(2).startsWith("objects/STAFF_REPORT-7/report.html,\"Staff report: Roads, \"\"2027\"\"\""),
                csv.get(2));
        var premis = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(root.resolve("data/metadata/premis.xml").toFile());
        assertEquals(2, premis.getElementsByTagNameNS("http://www.loc.gov/premis/v3", "event").getLength());
        assertTrue(Files.readString(root.resolve("bag-info.txt")).contains("External-Identifier: transfer-5"));
        TransferBag.verified(root);
    }

    @Test
    void aFileChangedAfterBaggingFailsVerification() throws Exception {
        Path root = temp.resolve("bag");
        twoFiles(root).build("Lakeview Harbour", "transfer-6", Instant.now());
        Files.writeString(root.resolve("data/objects/AGENDA_REVISION-12/public.pdf"), "%PDF-1.7 altered");
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> TransferBag.verified(root));
        assertTrue(failed.getMessage().contains("does not verify"), failed.getMessage());
    }

    @Test
    void theZipHoldsTheWholeBagUnderItsName() throws Exception {
        Path root = temp.resolve("bag");
        TransferBag bag = twoFiles(root);
        bag.build("Lakeview Harbour", "transfer-7", Instant.now());
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        bag.zip("transfer-7", zipped);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(zipped.toByteArray()),
                StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertTrue(names.containsAll(List.of("transfer-7/bagit.txt", "transfer-7/data/metadata/metadata.csv",
                "transfer-7/data/objects/AGENDA_REVISION-12/public.pdf")), names.toString());
    }

    @Test
    void namesAreKeptSafeForAnyFileSystem() {
        assertEquals("Plan_d_ensemble_2027.pdf", TransferBag.safe("Plan d'ensemble 2027.pdf"));
        assertEquals("_.._secret", TransferBag.safe("../secret"));
    }
}
