package ca.quorum.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * PDFs built to hurt, written byte by byte (so that no library tidies them up): what an attacker, or a broken
 * scanner, uploads. Shared by the unit tests of the inspection and the hostile-input corpus sent over HTTP (this class
 * is in the ejb module's test jar).
 */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    private static Map<String, byte[]> corpus;

    /** Every hostile file by a name that says what it is (made once). */
    public static synchronized Map<String, byte[]> all() {
        if (corpus == null) {
            corpus = java.util.Collections.unmodifiableMap(make());
        }
        return corpus;
    }

    private static Map<String, byte[]> make() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("decompression-bomb.pdf", bomb(1L << 30));
        all.put("hundred-thousand-pages.pdf", pages(100_000));
        all.put("deeply-nested.pdf", nested(200_000));
        all.put("javascript.pdf", javascript());
        all.put("embedded-file.pdf", embeddedFile());
        all.put("truncated.pdf", truncated());
        all.put("encrypted.pdf", encrypted());
        all.put("not-a-pdf.pdf", "MZ\u0090 this is a Windows program, not a PDF".getBytes(StandardCharsets.ISO_8859_1));
        all.put("empty.pdf", new byte[0]);
        all.put("header-only.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        all.put("garbage-after-header.pdf", garbage());
        return all;
    }

    /** A one-page PDF that is perfectly well, for contrast. */
    public static byte[] plain() {
        return document(List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"), "");
    }

    /** A page whose content stream inflates to {@code inflated} bytes of zeros (compressed to about a thousandth). */
    public static synchronized byte[] bomb(long inflated) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] zeros = new byte[1 << 20];
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] out = new byte[1 << 16];
        for (long fed = 0; fed < inflated; fed += zeros.length) {
            deflater.setInput(zeros);
            while (!deflater.needsInput()) {
                compressed.write(out, 0, deflater.deflate(out));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(out, 0, deflater.deflate(out));
        }
        byte[] data = compressed.toByteArray();
        return document(List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                stream("<< /Length " + data.length + " /Filter /FlateDecode >>", data)), "");
    }

    /** A page tree of {@code count} pages. */
    public static byte[] pages(int count) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < count; i++) {
            kids.append(i + 3).append(" 0 R ");
        }
        objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>");
        for (int i = 0; i < count; i++) {
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
        }
        return document(objects, "");
    }

    /** A catalog carrying an array nested {@code depth} deep. */
    public static byte[] nested(int depth) {
        String deep = "[".repeat(depth) + "]".repeat(depth);
        return document(List.of("<< /Type /Catalog /Pages 2 0 R /Deep " + deep + " >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"), "");
    }

    /** A document that runs JavaScript when opened. */
    public static byte[] javascript() {
        return document(List.of("<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
                "<< /Type /Action /S /JavaScript /JS (app.alert\\('hello'\\)) >>"), "");
    }

    /** A document carrying a file inside it. */
    public static byte[] embeddedFile() {
        byte[] payload = "MZ pretend program".getBytes(StandardCharsets.ISO_8859_1);
        return document(List.of("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(x.exe) 4 0 R] "
                + ">> >> >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
                "<< /Type /Filespec /F (x.exe) /EF << /F 5 0 R >> >>",
                stream("<< /Type /EmbeddedFile /Length " + payload.length + " >>", payload)), "");
    }

    /** A plain document cut off at two thirds. */
    public static byte[] truncated() {
        byte[] whole = pages(40);
        return java.util.Arrays.copyOf(whole, whole.length * 2 / 3);
    }

    /** A document whose trailer says it is encrypted (with a password nobody knows). */
    public static byte[] encrypted() {
        return document(List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
                "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -44 "
                        + "/O <0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef> "
                        + "/U <fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210> >>"),
                " /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]");
    }

    private static byte[] garbage() {
        byte[] noise = new byte[64 * 1024];
        new java.util.Random(13).nextBytes(noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(noise);
        out.writeBytes("\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static String stream(String dictionary, byte[] data) {
        return dictionary + "\nstream\n" + new String(data, StandardCharsets.ISO_8859_1) + "\nendstream";
    }

    /** Objects numbered from 1, a cross-reference table with true offsets, and a trailer (plus {@code extra}). */
    private static byte[] document(List<String> objects, String extraTrailer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        write(out, table.toString());
        write(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R" + extraTrailer + " >>\nstartxref\n"
                + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
