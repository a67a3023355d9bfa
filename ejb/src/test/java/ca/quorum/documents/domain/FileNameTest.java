package ca.quorum.documents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Staff report.pdf, Staff report.pdf", "../../etc/passwd.pdf, passwd.pdf",
        "C:\\Users\\sam\\report.pdf, report.pdf", "'..', attachment.pdf", "'   ', attachment.pdf",
        "'/', attachment.pdf", "Rapport d’étape.pdf, Rapport d’étape.pdf"})
    void onlyTheLastPartOfAPlainNameIsKept(String submitted, String kept) {
        assertEquals(kept, FileName.plain(submitted));
    }

    @Test
    void controlAndDirectionCharactersAreDropped() {
        assertEquals("ab.pdf", FileName.plain("a\u0000b.pdf"));
        assertEquals("invoicefdp.exe", FileName.plain("invoice\u202Efdp.exe"), "no right-to-left override");
        assertEquals("attachment.pdf", FileName.plain(null));
    }

    @Test
    void aLongNameIsCutKeepingItsExtension() {
        String kept = FileName.plain("a".repeat(2000) + ".pdf");
        assertEquals(FileName.MAX, kept.length());
        assertEquals(true, kept.endsWith(".pdf"));
    }
}
