package ca.quorum.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The PDF attachment of the demo staff report, made on the spot. */
final class DemoDocuments {

    static final int PAGES = 2;

    private DemoDocuments() {
    }

    static Path tenderSummary() throws IOException {
        Path file = Files.createTempFile("quorum-demo-", ".pdf");
        String[][] pages = {
            {"Tender T-2027-04: Road Salt Supply", "Evaluation summary", "",
                "Bidder                      Price per tonne   Total",
                "Northern Salt Ltd.          $98.10            $412,000",
                "Great Lakes Minerals        $104.75           $439,950",
                "Bayfield Supply Co.         $111.20           $467,040"},
            {"Evaluation criteria", "", "Compliance with specifications: all three bidders.",
                "Delivery within 48 hours of an order: all three bidders.",
                "Lowest compliant price: Northern Salt Ltd.", "", "Prepared by Sam Patel, Planner."}};
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String[] lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    float y = 720;
                    for (String line : lines) {
                        out.beginText();
                        out.setFont(font, 12);
                        out.newLineAtOffset(72, y);
                        out.showText(line);
                        out.endText();
                        y -= 18;
                    }
                }
            }
            document.getDocumentInformation().setTitle("Tender evaluation summary");
            document.save(file.toFile());
        }
        return file;
    }
}
