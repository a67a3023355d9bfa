package ca.quorum.documents.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes the incremental update that adds one invisible signature field to a PDF, with room for the CMS value, and
 * fills the value in once it is computed. PDFBox reads the file lazily (only the trailer, catalog, form and first
 * page are parsed); the update itself is written here, because PDFBox's own incremental save parses every object of
 * the file first, which for a long tagged document costs more than the signature itself (docs/BENCHMARKS.md).
 *
 * <p>The update holds: the signature dictionary, a merged field-and-widget annotation (invisible, on the first
 * page), the form (new, or rewritten with the field added and SigFlags 3), the catalog when the form is new or
 * direct, the first page's annotations, and a cross-reference section of the same kind as the file's last one (a
 * stream, or a table and trailer) whose /Prev points at it.
 */
final class SignatureIncrement {

    /** An increment waiting for its signature value: the bytes to sign, and where the value goes. */
    static final class Prepared {
        private final byte[] file;
        private final int contentsStart;
        private final int contentsEnd;

        Prepared(byte[] file, int contentsStart, int contentsEnd) {
            this.file = file;
            this.contentsStart = contentsStart;
            this.contentsEnd = contentsEnd;
        }

        /** The signed byte range: everything except the hexadecimal signature value and its brackets. */
        java.io.InputStream signedContent() {
            return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(file, 0, contentsStart),
                    new java.io.ByteArrayInputStream(file, contentsEnd, file.length - contentsEnd));
        }

        byte[] withSignature(byte[] cms) {
            String hex = HexFormat.of().withUpperCase().formatHex(cms);
            if (hex.length() > contentsEnd - contentsStart - 2) {
                throw new IllegalStateException("the signature (" + cms.length + " bytes) does not fit its space");
            }
            byte[] out = file.clone();
            byte[] bytes = hex.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(bytes, 0, out, contentsStart + 1, bytes.length);
            return out;
        }
    }

    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss'Z'",
            Locale.ROOT);

    private final ByteArrayOutputStream out;
    private final Map<Integer, Integer> offsets = new TreeMap<>();
    private int nextNumber;

    private SignatureIncrement(byte[] original) {
        out = new ByteArrayOutputStream(original.length + 32_768);
        out.writeBytes(original);
    }

    static Prepared prepare(byte[] pdf, String name, String reason, String location, Instant at, int space)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDocument cos = doc.getDocument();
            COSDictionary trailer = cos.getTrailer();
            SignatureIncrement update = new SignatureIncrement(pdf);
            update.nextNumber = trailer.getInt(COSName.SIZE);
            update.text(pdf[pdf.length - 1] == '\n' ? "" : "\n");
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            COSDictionary page = doc.getPage(0).getCOSObject();
            requireIndirect(catalog, "catalog");
            requireIndirect(page, "first page");

            int signature = update.nextNumber++;
            int field = update.nextNumber++;
            COSBase existingForm = catalog.getItem(COSName.ACRO_FORM);

            // the signature dictionary, with fixed-width placeholders for the byte range and the value
            update.begin(signature);
            update.text("<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached");
            update.text(" /Name " + hexString(name) + " /Reason " + hexString(reason) + " /Location "
                    + hexString(location) + " /M (" + PDF_DATE.format(at.atZone(ZoneOffset.UTC)) + ")");
            update.text(" /ByteRange [0 ");
            int rangeAt = update.out.size();
            update.text("0000000000 0000000000 0000000000]");
            update.text(" /Contents ");
            int contentsStart = update.out.size();
            update.text("<" + "0".repeat(space * 2) + ">");
            int contentsEnd = update.out.size();
            update.text(" >>");
            update.end();

            // the form: its fields, plus this one
            COSArray fields = new COSArray();
            COSDictionary form = null;
            if (existingForm != null) {
                form = (COSDictionary) deref(existingForm);
                COSArray old = form.getCOSArray(COSName.FIELDS);
                if (old != null) {
                    for (int i = 0; i < old.size(); i++) {
                        fields.add(old.get(i));
                    }
                }
            }

            update.begin(field);
            update.text("<< /Type /Annot /Subtype /Widget /FT /Sig /F 132 /Rect [0 0 0 0] /T "
                    + hexString("Signature" + (fields.size() + 1)) + " /V " + signature + " 0 R /P "
                    + ref(page.getKey()) + " >>");
            update.end();

            StringBuilder fieldRefs = new StringBuilder("[");
            for (int i = 0; i < fields.size(); i++) {
                fieldRefs.append(value(fields.get(i))).append(' ');
            }
            fieldRefs.append(field).append(" 0 R]");
            if (existingForm instanceof COSObject || (existingForm != null && existingForm.getKey() != null)) {
                COSObjectKey key = existingForm instanceof COSObject o ? o.getKey() : existingForm.getKey();
                update.begin(key.getNumber(), key.getGeneration());
                update.text(dictionary(form, Map.of(COSName.FIELDS, fieldRefs.toString(),
                        COSName.SIG_FLAGS, "3")));
                update.end();
            } else {
                int formNumber = update.nextNumber++;
                update.begin(formNumber);
                update.text(form == null ? "<< /Fields " + fieldRefs + " /SigFlags 3 >>"
                        : dictionary(form, Map.of(COSName.FIELDS, fieldRefs.toString(), COSName.SIG_FLAGS, "3")));
                update.end();
                update.begin(catalog.getKey().getNumber(), catalog.getKey().getGeneration());
                update.text(dictionary(catalog, Map.of(COSName.ACRO_FORM, formNumber + " 0 R")));
                update.end();
            }

            // the first page lists the widget among its annotations
            COSBase annots = page.getItem(COSName.ANNOTS);
            StringBuilder annotRefs = new StringBuilder("[");
            COSArray oldAnnots = annots == null ? null : (COSArray) deref(annots);
            if (oldAnnots != null) {
                for (int i = 0; i < oldAnnots.size(); i++) {
                    annotRefs.append(value(oldAnnots.get(i))).append(' ');
                }
            }
            annotRefs.append(field).append(" 0 R]");
            if (annots instanceof COSObject o) {
                update.begin(o.getKey().getNumber(), o.getKey().getGeneration());
                update.text(annotRefs.toString());
                update.end();
            } else {
                update.begin(page.getKey().getNumber(), page.getKey().getGeneration());
                update.text(dictionary(page, Map.of(COSName.ANNOTS, annotRefs.toString())));
                update.end();
            }

            update.crossReference(trailer, cos.getStartXref(), cos.isXRefStream());
            byte[] file = update.out.toByteArray();
            String range = String.format(Locale.ROOT, "%010d %010d %010d", contentsStart, contentsEnd,
                    file.length - contentsEnd);
            System.arraycopy(range.getBytes(StandardCharsets.US_ASCII), 0, file, rangeAt, range.length());
            return new Prepared(file, contentsStart, contentsEnd);
        }
    }

    private static void requireIndirect(COSDictionary dictionary, String what) {
        if (dictionary.getKey() == null) {
            throw new IllegalStateException("the " + what + " of the PDF is not an indirect object");
        }
    }

    private void crossReference(COSDictionary trailer, long previous, boolean stream) {
        StringBuilder common = new StringBuilder();
        for (COSName key : List.of(COSName.ROOT, COSName.INFO, COSName.ID, COSName.ENCRYPT)) {
            COSBase item = trailer.getItem(key);
            if (item != null) {
                common.append(' ').append(name(key)).append(' ').append(value(item));
            }
        }
        if (stream) {
            int self = nextNumber++;
            offsets.put(self, out.size());
            List<int[]> runs = runs();
            StringBuilder index = new StringBuilder();
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            for (int[] run : runs) {
                index.append(run[0]).append(' ').append(run[1]).append(' ');
                for (int n = run[0]; n < run[0] + run[1]; n++) {
                    int at = offsets.get(n);
                    rows.writeBytes(new byte[] {1, (byte) (at >>> 24), (byte) (at >>> 16), (byte) (at >>> 8),
                        (byte) at, 0, 0});
                }
            }
            int start = offsets.get(self);
            text(self + " 0 obj\n<< /Type /XRef /Size " + nextNumber + " /W [1 4 2] /Index [" + index.toString().strip()
                    + "] /Prev " + previous + common + " /Length " + rows.size() + " >>\nstream\n");
            out.writeBytes(rows.toByteArray());
            text("\nendstream\nendobj\nstartxref\n" + start + "\n%%EOF\n");
        } else {
            int start = out.size();
            StringBuilder table = new StringBuilder("xref\n");
            for (int[] run : runs()) {
                table.append(run[0]).append(' ').append(run[1]).append('\n');
                for (int n = run[0]; n < run[0] + run[1]; n++) {
                    table.append(String.format(Locale.ROOT, "%010d 00000 n\r\n", offsets.get(n)));
                }
            }
            text(table + "trailer\n<< /Size " + nextNumber + " /Prev " + previous + common + " >>\nstartxref\n"
                    + start + "\n%%EOF\n");
        }
    }

    /** Consecutive object numbers written, as [first, count] runs. */
    private List<int[]> runs() {
        List<int[]> runs = new ArrayList<>();
        for (int n : offsets.keySet()) {
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[0] + last[1] == n) {
                last[1]++;
            } else {
                runs.add(new int[] {n, 1});
            }
        }
        return runs;
    }

    private void begin(int number) {
        begin(number, 0);
    }

    private void begin(long number, int generation) {
        if (generation != 0) {
            throw new IllegalStateException("objects of generation " + generation + " are not rewritten");
        }
        offsets.put((int) number, out.size());
        text(number + " 0 obj\n");
    }

    private void end() {
        text("\nendobj\n");
    }

    private void text(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A dictionary as it is, with some entries replaced by already-written values. */
    private static String dictionary(COSDictionary dictionary, Map<COSName, String> replaced) {
        StringBuilder s = new StringBuilder("<<");
        for (COSName key : dictionary.keySet()) {
            if (!replaced.containsKey(key)) {
                s.append(' ').append(name(key)).append(' ').append(value(dictionary.getItem(key)));
            }
        }
        replaced.forEach((key, v) -> s.append(' ').append(name(key)).append(' ').append(v));
        return s.append(" >>").toString();
    }

    private static String value(COSBase item) {
        if (item == null || item instanceof COSNull) {
            return "null";
        }
        if (item instanceof COSObject o) {
            return ref(o.getKey());
        }
        return switch (item) {
            case COSName n -> name(n);
            case COSInteger i -> Long.toString(i.longValue());
            case COSFloat f -> new BigDecimal(Float.toString(f.floatValue())).toPlainString();
            case COSBoolean b -> Boolean.toString(b.getValue());
            case COSString str -> "<" + HexFormat.of().formatHex(str.getBytes()) + ">";
            case COSArray array -> {
                StringBuilder s = new StringBuilder("[");
                for (int i = 0; i < array.size(); i++) {
                    s.append(i == 0 ? "" : " ").append(value(array.get(i)));
                }
                yield s.append(']').toString();
            }
            case COSDictionary d when d.getKey() != null && !d.isDirect() -> ref(d.getKey());
            case COSDictionary d -> dictionary(d, Map.of());
            default -> throw new IllegalStateException("cannot write " + item.getClass().getSimpleName()
                    + " in a signature update");
        };
    }

    private static COSBase deref(COSBase item) {
        return item instanceof COSObject o ? o.getObject() : item;
    }

    private static String ref(COSObjectKey key) {
        return key.getNumber() + " " + key.getGeneration() + " R";
    }

    private static String name(COSName name) {
        StringBuilder s = new StringBuilder("/");
        for (byte b : name.getName().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x21 || c > 0x7e || "#()<>[]{}/%".indexOf(c) >= 0) {
                s.append('#').append(String.format("%02X", c));
            } else {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    private static String hexString(String text) {
        // UTF-16BE with a byte-order mark: any name or place, in any language
        byte[] bytes = text.getBytes(StandardCharsets.UTF_16BE);
        return "<FEFF" + HexFormat.of().withUpperCase().formatHex(bytes) + ">";
    }
}
