package ca.quorum.records.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Metadata;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;

/**
 * A transfer to the archives as a BagIt 1.0 bag (RFC 8493, written and verified by the Library of Congress's
 * library) laid out as an Archivematica standard transfer: the payload holds {@code objects/} (the records' files,
 * a folder per record) and {@code metadata/} ({@code metadata.csv} with Dublin Core for every object, and
 * {@code premis.xml} with a PREMIS event per object: its message digest calculation when bagged). The bag is verified
 * (every file against its SHA-256 and SHA-512) before it is zipped for release.
 */
public final class TransferBag {

    /** A file of a record, with its Dublin Core description. */
    public record Entry(String folder, String fileName, Path source, String title, String date, String identifier,
            String type, String rights, String relation, String sha256) {
    }

    private final Path root;
    private final List<Entry> entries = new ArrayList<>();

    /** A bag to be built in an empty directory. */
    public TransferBag(Path root) {
        this.root = root;
    }

    public void add(Entry entry) {
        entries.add(entry);
    }

    /**
     * Copies the files in, writes the metadata, bags and verifies it.
     *
     * @param source the municipality, for {@code bag-info.txt}
     * @return the bag as the library reads it back
     * @throws IllegalStateException when the bag does not verify
     */
    public Bag build(String source, String externalIdentifier, Instant at) {
        try {
            Path objects = Files.createDirectories(root.resolve("objects"));
            Path metadata = Files.createDirectories(root.resolve("metadata"));
            for (Entry e : entries) {
                Path folder = Files.createDirectories(objects.resolve(safe(e.folder())));
                Files.copy(e.source(), folder.resolve(safe(e.fileName())));
            }
            try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("filename", "dc.title", "dc.date",
                    "dc.identifier", "dc.type", "dc.rights", "dc.relation", "dc.publisher").get()
                    .print(Files.newBufferedWriter(metadata.resolve("metadata.csv"), StandardCharsets.UTF_8))) {
                for (Entry e : entries) {
                    csv.printRecord("objects/" + safe(e.folder()) + "/" + safe(e.fileName()), e.title(), e.date(),
                            e.identifier(), e.type(), e.rights(), e.relation(), source);
                }
            }
            Files.writeString(metadata.resolve("premis.xml"), premis(at), StandardCharsets.UTF_8);
            Metadata info = new Metadata();
            info.add("Source-Organization", source);
            info.add("External-Identifier", externalIdentifier);
            info.add("Bagging-Date", at.toString().substring(0, 10));
            info.add("External-Description", "Records transferred to the archives from Quorum under the retention "
                    + "schedule: " + entries.size() + " files.");
            BagCreator.bagInPlace(root, List.of(StandardSupportedAlgorithms.SHA256,
                    StandardSupportedAlgorithms.SHA512), false, info);
            return verified(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a bag and verifies it completely (every payload and tag file against every manifest).
     *
     * @throws IllegalStateException naming what is wrong
     */
    public static Bag verified(Path bagDirectory) {
        try (BagVerifier verifier = new BagVerifier()) {
            Bag bag = new BagReader().read(bagDirectory);
            verifier.isValid(bag, false);
            return bag;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the bag does not verify: " + e, e);
        }
    }

    /** The bag as a ZIP (its top folder named {@code name}), as archives receive it. */
    public void zip(String name, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(name + "/" + root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PREMIS 3: each object with its SHA-256, and the message digest calculation done when it was bagged. */
    private String premis(Instant at) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<premis:premis "
                + "xmlns:premis=\"http://www.loc.gov/premis/v3\" version=\"3.0\">\n");
        int n = 0;
        for (Entry e : entries) {
            String path = "objects/" + safe(e.folder()) + "/" + safe(e.fileName());
            xml.append("  <premis:object xsi:type=\"premis:file\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n")
                    .append("    <premis:objectIdentifier><premis:objectIdentifierType>local</premis:objectIdentifierType>")
                    .append("<premis:objectIdentifierValue>").append(escape(path)).append("</premis:objectIdentifierValue>")
                    .append("</premis:objectIdentifier>\n    <premis:objectCharacteristics><premis:compositionLevel>0")
                    .append("</premis:compositionLevel><premis:fixity><premis:messageDigestAlgorithm>SHA-256")
                    .append("</premis:messageDigestAlgorithm><premis:messageDigest>").append(e.sha256())
                    .append("</premis:messageDigest></premis:fixity></premis:objectCharacteristics>\n  </premis:object>\n");
            xml.append("  <premis:event>\n    <premis:eventIdentifier><premis:eventIdentifierType>local")
                    .append("</premis:eventIdentifierType><premis:eventIdentifierValue>quorum-transfer-").append(++n)
                    .append("</premis:eventIdentifierValue></premis:eventIdentifier>\n    <premis:eventType>message ")
                    .append("digest calculation</premis:eventType>\n    <premis:eventDateTime>").append(at)
                    .append("</premis:eventDateTime>\n    <premis:eventOutcomeInformation><premis:eventOutcome>")
                    .append("pass</premis:eventOutcome></premis:eventOutcomeInformation>\n")
                    .append("    <premis:linkingObjectIdentifier><premis:linkingObjectIdentifierType>local")
                    .append("</premis:linkingObjectIdentifierType><premis:linkingObjectIdentifierValue>")
                    .append(escape(path)).append("</premis:linkingObjectIdentifierValue>")
                    .append("</premis:linkingObjectIdentifier>\n  </premis:event>\n");
        }
        return xml.append("</premis:premis>\n").toString();
    }

    /** A file or folder name kept to letters, digits, dots, hyphens and underscores. */
    public static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
