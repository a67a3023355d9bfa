package ca.quorum.web.tenant;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one plain form an address must have before anything is matched against it (OWASP ASVS 5.0 V1.3, V8.2: access
 * decisions on the canonical path). A request path is decoded once, strictly, and refused unless it is already in the
 * form this application makes its own links in: no {@code .} or {@code ..} segments, no empty segments
 * ({@code //}), no path parameters ({@code ;jsessionid=…}), no backslashes or control characters, no percent-encoded
 * letters, digits, slashes, dots or percent signs (which only disguise a path), and valid UTF-8. Everything refused is
 * answered 400 before any page, resource or access rule sees it.
 */
public final class CanonicalPath {

    private CanonicalPath() {
    }

    /** The decoded path when the raw path (as sent, without the context path) is canonical; empty otherwise. */
    public static Optional<String> of(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.of("/");
        }
        if (raw.charAt(0) != '/' || raw.length() > 2048) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int value = hex(raw.charAt(i + 1)) << 4 | hex(raw.charAt(i + 2));
                if (value < 0 || disguises(value)) {
                    return Optional.empty();
                }
                bytes.write(value);
                i += 2;
            } else if (c == ';' || c == '\\' || c < 0x20 || c == 0x7f || c > 0x7e) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException malformed) {
            return Optional.empty();
        }
        if (decoded.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            return Optional.empty();
        }
        String[] segments = decoded.substring(1).split("/", -1);
        for (int s = 0; s < segments.length; s++) {
            String segment = segments[s];
            boolean last = s == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || segment.isEmpty() && !last) {
                return Optional.empty();
            }
        }
        return Optional.of(decoded);
    }

    /** Whether a percent-encoded byte stands for a character that is never encoded in a plain path. */
    private static boolean disguises(int value) {
        return value >= 'a' && value <= 'z' || value >= 'A' && value <= 'Z' || value >= '0' && value <= '9'
                || value == '/' || value == '.' || value == '%' || value == '\\' || value == ';' || value == '-'
                || value == '_' || value == '~' || value < 0x20 || value == 0x7f;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1 << 8;
    }
}
