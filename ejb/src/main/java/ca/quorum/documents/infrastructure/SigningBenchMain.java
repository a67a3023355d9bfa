package ca.quorum.documents.infrastructure;

import java.io.FileReader;
import java.io.FileWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * The signing benchmark ({@code ./quorum bench signing}): {@code generate DIR} writes a 100-page minutes PDF (tagged,
 * as the application renders minutes), an RSA-2048 key and its certificate as PEM; {@code sign DIR} adds a PAdES
 * signature to it as the application does (after {@code bench.warmups} warm-up signatures, the median of
 * {@code bench.runs}), leaves the signed file as {@code minutes-signed.pdf} and prints {@code ours_ms=…
 * cold_ms=…}.
 */
public final class SigningBenchMain {

    static final int PAGES = 100;

    private SigningBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> generate(dir);
            case "sign" -> sign(dir);
            default -> throw new IllegalArgumentException("generate DIR | sign DIR");
        }
    }

    static void generate(Path dir) throws Exception {
        Files.createDirectories(dir);
        StringBuilder html = new StringBuilder("<h1>Minutes: Regular Council Meeting, 16 March 2027</h1>");
        byte[] pdf = new byte[0];
        int items = 0;
        while (pageCount(pdf) < PAGES) {
            for (int i = 0; i < 10; i++, items++) {
                html.append("<h3>").append(6 + items / 10).append('.').append(items % 10 + 1)
                        .append(" Report ").append(items + 1).append(" of the Director of Public Works</h3>")
                        .append("<p>Motion ").append(items + 1).append(". Moved by Councillor Grace Chen, seconded by ")
                        .append("Councillor Daniel Moreau:</p><blockquote><p>That Council receive the report on ")
                        .append("winter road maintenance, road salt supply and sidewalk clearing for the 2027 season, ")
                        .append("and direct staff to report back on costs, service levels and the environmental ")
                        .append("effects of chloride on Lakeview Harbour's creeks and wetlands.</p></blockquote>")
                        .append("<p>Result: Carried (7 in favour, 2 opposed).</p><ul><li>In favour: Mayor Eleanor ")
                        .append("Whitfield, Councillor Grace Chen, Councillor Daniel Moreau, Councillor Amara Okafor, ")
                        .append("Councillor Priya Raman, Councillor Thomas Kowalski, Councillor Benoît Lapointe</li>")
                        .append("<li>Opposed: Councillor Sofia Gagnon, Councillor Marc Tremblay</li></ul>");
            }
            pdf = RecordPdf.render("Minutes: Regular Council Meeting, 16 March 2027", "en-CA", html.toString(),
                    "Town of Lakeview Harbour \u2014 Council minutes");
        }
        // trim to exactly PAGES pages' worth of items is not needed: at least 100 pages, reported by "sign"
        Files.write(dir.resolve("minutes.pdf"), pdf);
        KeyPair keys = Certificates.rsa();
        Instant now = Instant.now();
        X509Certificate certificate = Certificates.issue("CN=Town of Lakeview Harbour Records Signing,"
                + "O=Town of Lakeview Harbour,C=CA", keys, null, null, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)), Certificates.Purpose.DOCUMENT_SIGNING, Optional.empty());
        try (JcaPEMWriter out = new JcaPEMWriter(new FileWriter(dir.resolve("key.pem").toFile()))) {
            out.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(keys.getPrivate(), null));
        }
        try (JcaPEMWriter out = new JcaPEMWriter(new FileWriter(dir.resolve("cert.pem").toFile()))) {
            out.writeObject(certificate);
        }
    }

    static void sign(Path dir) throws Exception {
        byte[] pdf = Files.readAllBytes(dir.resolve("minutes.pdf"));
        PrivateKey key;
        X509Certificate certificate;
        try (PEMParser in = new PEMParser(new FileReader(dir.resolve("key.pem").toFile()))) {
            key = new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) in.readObject());
        }
        try (PEMParser in = new PEMParser(new FileReader(dir.resolve("cert.pem").toFile()))) {
            certificate = new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) in.readObject());
        }
        PadesSigner.Credential credential = new PadesSigner.Credential(key, List.of(certificate),
                "Dana Morgan, Clerk");
        long start = System.nanoTime();
        byte[] signed = PadesSigner.sign(pdf, credential, "Signed by the clerk", "Lakeview Harbour", Instant.now(),
                Optional.empty());
        double cold = (System.nanoTime() - start) / 1e6;
        int warmups = Integer.getInteger("bench.warmups", 20);
        for (int i = 0; i < warmups; i++) {
            PadesSigner.sign(pdf, credential, "Signed by the clerk", "Lakeview Harbour", Instant.now(),
                    Optional.empty());
        }
        double[] times = new double[Integer.getInteger("bench.runs", 15)];
        for (int i = 0; i < times.length; i++) {
            start = System.nanoTime();
            signed = PadesSigner.sign(pdf, credential, "Signed by the clerk", "Lakeview Harbour", Instant.now(),
                    Optional.empty());
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        Files.write(dir.resolve("minutes-signed.pdf"), signed);
        System.out.printf(Locale.ROOT, "ours_ms=%.2f cold_ms=%.1f pages=%d bytes=%d%n", times[times.length / 2], cold,
                pageCount(pdf), pdf.length);
    }

    private static int pageCount(byte[] pdf) throws java.io.IOException {
        if (pdf.length == 0) {
            return 0;
        }
        try (var doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
