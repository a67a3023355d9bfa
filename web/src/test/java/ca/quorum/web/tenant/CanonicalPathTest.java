package ca.quorum.web.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/m/lakeview-harbour/", "/m/lakeview-harbour/admin/users",
        "/api/m/lakeview-harbour/meetings/12/agenda/pdf", "/jakarta.faces.resource/quorum.css.xhtml",
        "/m/pinecrest/search", "/openapi"})
    void plainAddressesPassUnchanged(String path) {
        assertEquals(Optional.of(path), CanonicalPath.of(path));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/m/lakeview-harbour/x/../admin/users.xhtml", "/m/lakeview-harbour/./admin/users",
        "/m/lakeview-harbour/..", "/m//lakeview-harbour/admin/users", "//m/lakeview-harbour/",
        "/m/lakeview-harbour/admin/users;jsessionid=ABC", "/m/lakeview-harbour;x=1/admin",
        "/m/lakeview-harbour/%61dmin/users.xhtml", "/m/lakeview-harbour/admin%2Fusers",
        "/m/lakeview-harbour/%2e%2e/admin", "/m/lakeview-harbour/%252e%252e/admin", "/m/lakeview-harbour/\\admin",
        "/m/lakeview-harbour/%00admin", "/m/lakeview-harbour/%0d%0aSet-Cookie:x", "/m/lakeview-harbour/%ff",
        "/m/lakeview-harbour/%C3", "/m/lakeview-harbour/%zz", "/m/lakeview-harbour/%4", "relative/path",
        "/m/lakeview-harbour/caf\u00e9"})
    void disguisedOrMalformedAddressesAreRefused(String path) {
        assertEquals(Optional.empty(), CanonicalPath.of(path));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/m/pinecrest/search/r%C3%A9union", "/api/m/pinecrest/search/a%20b"})
    void encodedCharactersThatArePlainlyEncodedAreDecodedOnce(String path) {
        assertEquals(true, CanonicalPath.of(path).isPresent());
        assertEquals(false, CanonicalPath.of(path).get().contains("%"));
    }

    @org.junit.jupiter.api.Test
    void aVeryLongAddressIsRefused() {
        assertEquals(Optional.empty(), CanonicalPath.of("/m/" + "a".repeat(3000)));
    }
}
