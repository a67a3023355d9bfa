package ca.quorum.meeting.domain.minutes;

import java.util.List;

/** The small HTML vocabulary of generated minutes (headings, paragraphs, lists, quotes), every text escaped. */
final class Html {

    private final StringBuilder out = new StringBuilder();

    void heading(int level, String text) {
        element("h" + level, text);
    }

    void paragraph(String text) {
        element("p", text);
    }

    void quote(String text) {
        out.append("<blockquote><p>").append(escape(text)).append("</p></blockquote>\n");
    }

    void list(List<String> items) {
        out.append("<ul>\n");
        items.forEach(i -> out.append("<li>").append(escape(sentence(i))).append("</li>\n"));
        out.append("</ul>\n");
    }

    private void element(String name, String text) {
        out.append('<').append(name).append('>').append(escape(sentence(text))).append("</").append(name).append(">\n");
    }

    /** One full stop at the end, where a time ("p.m.") or a quoted text already ends with one. */
    static String sentence(String text) {
        return text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
