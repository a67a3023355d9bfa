package ca.quorum.web.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameSiteSocketsTest {

    @ParameterizedTest(name = "Origin {0} at {1}: {2}")
    @CsvSource(nullValues = "NONE", value = {
        "NONE, quorum.example.ca, true", // a kiosk script or a test client: not a page
        "https://quorum.example.ca, quorum.example.ca, true",
        "http://127.0.0.1:8080, 127.0.0.1:8080, true",
        "HTTPS://QUORUM.EXAMPLE.CA, quorum.example.ca, true",
        "https://evil.example, quorum.example.ca, false",
        "https://quorum.example.ca.evil.example, quorum.example.ca, false",
        "http://127.0.0.1:9999, 127.0.0.1:8080, false",
        "null, quorum.example.ca, false", // a sandboxed frame or a file
        "https://quorum.example.ca, NONE, false",
        "ftp://quorum.example.ca, quorum.example.ca, false",
        "not a url at all, quorum.example.ca, false"})
    void onlyPagesOfThisSiteOrNoPageOpenALiveSocket(String origin, String host, boolean accepted) {
        assertEquals(accepted, SameSiteSockets.accepted(origin, host));
    }
}
