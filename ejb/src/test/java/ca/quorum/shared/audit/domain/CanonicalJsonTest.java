package ca.quorum.shared.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void sortsKeysWhateverTheInsertionOrder() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("b", "2");
        a.put("a", "1");
        Map<String, Object> b = new HashMap<>();
        b.put("a", "1");
        b.put("b", "2");
        assertEquals("{\"a\":\"1\",\"b\":\"2\"}", CanonicalJson.write(a));
        assertEquals(CanonicalJson.write(a), CanonicalJson.write(b));
    }

    @Test
    void escapesAsRfc8785() {
        assertEquals("{\"k\":\"quote\\\" back\\\\ nl\\n tab\\t ctl\\u0001 é €\"}",
                CanonicalJson.write(Map.of("k", "quote\" back\\ nl\n tab\t ctl\u0001 é €")));
    }

    @Test
    void nestsObjectsAndNull() {
        Map<String, Object> inner = new HashMap<>();
        inner.put("z", null);
        inner.put("y", "v");
        assertEquals("{\"outer\":{\"y\":\"v\",\"z\":null}}", CanonicalJson.write(Map.of("outer", inner)));
    }

    @Test
    void sortsByUtf16CodeUnits() {
        // "é" (U+00E9) sorts after "z" (U+007A); an upper-case letter before any lower-case one
        assertEquals("{\"Z\":\"\",\"a\":\"\",\"z\":\"\",\"é\":\"\"}",
                CanonicalJson.write(Map.of("é", "", "z", "", "a", "", "Z", "")));
    }

    @Test
    void writesBooleansAndExactIntegersAsJcsDoes() {
        assertEquals("{\"a\":-42,\"b\":true,\"c\":9007199254740992,\"d\":false}",
                CanonicalJson.write(Map.of("a", -42, "b", true, "c", 1L << 53, "d", false)));
    }

    @Test
    void refusesNumbersWhoseFormattingJcsWouldChange() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of("n", 1.5)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of("n", (1L << 53) + 1)));
        assertThrows(IllegalArgumentException.class,
                () -> CanonicalJson.write(Map.of("n", java.math.BigInteger.TEN)));
    }
}
