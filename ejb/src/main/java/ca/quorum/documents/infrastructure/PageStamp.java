package ca.quorum.documents.infrastructure;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Stamps every page with a name on the left and "Page N of M" on the right, in the bottom margin. */
final class PageStamp {

    private static final float SIZE = 8;

    private PageStamp() {
    }

    static void stampAll(PDDocument document, String name, String pageWord, String ofWord) throws IOException {
        int total = document.getNumberOfPages();
        int n = 0;
        String label = TextPages.printable(name);
        for (PDPage page : document.getPages()) {
            n++;
            PDRectangle box = page.getCropBox();
            String number = pageWord + " " + n + " " + ofWord + " " + total;
            float right = box.getUpperRightX() - 36 - TextPages.width(TextPages.REGULAR, SIZE, number);
            String fitted = TextPages.fit(TextPages.REGULAR, SIZE, label,
                    Math.max(20, right - box.getLowerLeftX() - 36 - 12));
            try (PDPageContentStream out = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, false, true)) {
                out.setNonStrokingColor(0f, 0f, 0f);
                TextPages.write(out, TextPages.REGULAR, SIZE, box.getLowerLeftX() + 36, box.getLowerLeftY() + 20,
                        fitted);
                TextPages.write(out, TextPages.REGULAR, SIZE, right, box.getLowerLeftY() + 20, number);
            }
        }
    }
}
