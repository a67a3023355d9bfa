package ca.quorum.shared.audit.domain;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The canonical JSON form that audit hashes are computed over: objects with keys sorted by UTF-16 code units, no
 * insignificant white space, strings escaped as RFC 8785 (JCS) requires. Values are strings, booleans, integers
 * within ±2^53 (what an IEEE double holds exactly, so JCS writes them as plain decimals), nested maps or null; for
 * such values this is exactly JCS, so any JCS implementation reproduces the bytes.
 */
public final class CanonicalJson {

    private static final long MAX_EXACT = 1L << 53;

    private CanonicalJson() {
    }

    public static String write(Map<String, ?> object) {
        StringBuilder out = new StringBuilder(128);
        writeObject(object, out);
        return out.toString();
    }

    private static void writeObject(Map<String, ?> object, StringBuilder out) {
        SortedMap<String, ?> sorted = object instanceof SortedMap<String, ?> s && s.comparator() == null
                ? s : new TreeMap<>(object);
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> e : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(e.getKey(), out);
            out.append(':');
            writeValue(e.getValue(), out);
        }
        out.append('}');
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            writeString(s, out);
        } else if (value instanceof Map<?, ?> m) {
            writeObject((Map<String, ?>) m, out);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if ((value instanceof Integer || value instanceof Long || value instanceof Short)
                && Math.abs(((Number) value).longValue()) <= MAX_EXACT) {
            out.append(((Number) value).longValue());
        } else {
            throw new IllegalArgumentException("canonical JSON holds strings, booleans, integers within 2^53, "
                    + "objects and null, not "
                    + value.getClass().getName());
        }
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
