package ca.quorum.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One searchable unit: a page of a PDF, or a short record (a motion), with what the results show and filter on.
 *
 * @param id          stable and unique within the index: {@code municipality:type:record[:part]}
 * @param page        the page of the PDF this text is on (1-based), null when the unit is not a PDF page
 * @param url         where the result links to (a PDF link gets {@code #page=N})
 * @param language    {@code en} or {@code fr}
 * @param retentionClass the class of the classification plan the record is filed under (records management)
 * @param disposalFrom   the first day its final action may be taken; null for a permanent record or one whose
 *                       trigger has not happened
 * @param finalAction    what becomes of it: DESTROY, TRANSFER, PERMANENT, REVIEW
 */
public record SearchDocument(String id, String municipality, Access access, String type, long recordId,
        String title, String text, Integer page, String body, LocalDate meetingDate, String itemNumber, String url,
        String language, String retentionClass, LocalDate disposalFrom, String finalAction) {

    /** A document without retention metadata (a record not classified, such as a meeting's motions). */
    public SearchDocument(String id, String municipality, Access access, String type, long recordId, String title,
            String text, Integer page, String body, LocalDate meetingDate, String itemNumber, String url,
            String language) {
        this(id, municipality, access, type, recordId, title, text, page, body, meetingDate, itemNumber, url, language,
                null, null, null);
    }

    /** The same document with its record's retention. */
    public SearchDocument withRetention(String recordClass, LocalDate from, String action) {
        return new SearchDocument(id, municipality, access, type, recordId, title, text, page, body, meetingDate,
                itemNumber, url, language, recordClass, from, action);
    }

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(type, "type");
    }

    Map<String, Object> source() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("municipality", municipality);
        source.put("access", access.name());
        source.put("type", type);
        source.put("recordId", recordId);
        source.put("title", title == null ? "" : title);
        source.put("text", text == null ? "" : text);
        if (page != null) {
            source.put("page", page);
        }
        if (body != null) {
            source.put("body", body);
        }
        if (meetingDate != null) {
            source.put("meetingDate", meetingDate.toString());
            source.put("year", meetingDate.getYear());
        }
        if (itemNumber != null) {
            source.put("itemNumber", itemNumber);
        }
        source.put("url", url == null ? "" : url);
        source.put("language", language == null ? "en" : language);
        if (retentionClass != null) {
            source.put("retentionClass", retentionClass);
        }
        if (disposalFrom != null) {
            source.put("disposalFrom", disposalFrom.toString());
        }
        if (finalAction != null) {
            source.put("finalAction", finalAction);
        }
        return source;
    }
}
