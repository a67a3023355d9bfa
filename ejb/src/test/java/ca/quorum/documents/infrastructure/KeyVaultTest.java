package ca.quorum.documents.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class KeyVaultTest {

    private static final String LAKEVIEW_ROW = "quorum|signing-keystore|lakeview-harbour|signing_key|(municipality)|ab12";

    @Test
    void aSealedValueOpensOnlyWithWhatItWasBoundTo() {
        byte[] keystore = "a PKCS#12 keystore".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = KeyVault.seal(keystore, LAKEVIEW_ROW);
        assertArrayEquals(keystore, KeyVault.open(sealed, LAKEVIEW_ROW));
        assertThrows(IllegalStateException.class, () -> KeyVault.open(sealed,
                LAKEVIEW_ROW.replace("lakeview-harbour", "pinecrest")), "moved to another municipality");
        assertThrows(IllegalStateException.class, () -> KeyVault.open(sealed, LAKEVIEW_ROW.replace("ab12", "cd34")),
                "moved to another row");
        assertThrows(IllegalStateException.class, () -> KeyVault.open(sealed, LAKEVIEW_ROW.replace(
                "signing-keystore", "signing-keystore-password")), "taken for another use");
    }

    @Test
    void aTamperedValueDoesNotOpen() {
        byte[] sealed = KeyVault.seal("secret".getBytes(StandardCharsets.UTF_8), LAKEVIEW_ROW);
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> KeyVault.open(sealed, LAKEVIEW_ROW));
    }
}
