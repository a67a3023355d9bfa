package ca.quorum.documents.infrastructure;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The rich text a clerk may keep in minutes and by-laws: headings, paragraphs, lists, quotes, emphasis and plain
 * links. Everything else (scripts, styles, images, event handlers, unknown tags) is removed by jsoup's sanitiser
 * before anything is stored.
 */
public final class RichText {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "strong", "em", "u", "s", "br",
                    "sub", "sup", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow");

    private RichText() {
    }

    public static String sanitize(String html) {
        if (html == null) {
            return "";
        }
        return Jsoup.clean(html, "", ALLOWED, new Document.OutputSettings().prettyPrint(false)).strip();
    }

    /** The text a reader sees, without markup (to tell an empty editor from a real text). */
    public static String plainText(String html) {
        return Jsoup.parse(html == null ? "" : html).text().strip();
    }
}
