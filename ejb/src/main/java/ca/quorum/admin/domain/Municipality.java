package ca.quorum.admin.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A municipality sharing the installation. Its slug is the tenant identifier carried by every record it owns and
 * appears in its addresses ({@code /m/{slug}/}); it never changes.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    public static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Id
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    /** Interface languages, comma-separated ISO 639-1 codes, the default first. */
    @Column(nullable = false)
    private String languages;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The RFC 3161 time-stamp authority for this municipality's signatures; none: signatures carry no time-stamp. */
    @Column(name = "tsa_url")
    private String timeStampAuthority;

    @Column(name = "resolution_pattern", nullable = false)
    private String resolutionPattern = "{prefix}-{year}-{seq}";

    protected Municipality() {
    }

    public Municipality(String slug, String name, String nameFr, ZoneId timeZone, List<String> languages) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("a municipality's short name is 2-40 lower-case letters, digits or "
                    + "hyphens, starting with a letter");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a municipality needs a name");
        }
        if (languages == null || languages.isEmpty() || !List.of("en", "fr").containsAll(languages)) {
            throw new IllegalArgumentException("languages are en and/or fr");
        }
        this.slug = slug;
        this.name = name.strip();
        this.nameFr = nameFr == null || nameFr.isBlank() ? this.name : nameFr.strip();
        this.timeZone = timeZone.getId();
        this.languages = String.join(",", languages);
        this.createdAt = Instant.now();
    }

    public java.util.Optional<java.net.URI> timeStampAuthority() {
        return java.util.Optional.ofNullable(timeStampAuthority).map(java.net.URI::create);
    }

    /** Sets (or with null/blank clears) the time-stamp authority; only an http or https URL is accepted. */
    public void useTimeStampAuthority(String url) {
        if (url == null || url.isBlank()) {
            timeStampAuthority = null;
            return;
        }
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new ca.quorum.shared.domain.RuleViolation("A time-stamp authority is an http or https URL.");
            }
            timeStampAuthority = uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new ca.quorum.shared.domain.RuleViolation("A time-stamp authority is an http or https URL.");
        }
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    /** The name in the given language ({@code fr} or anything else for English). */
    public String name(String language) {
        return "fr".equals(language) ? nameFr : name;
    }

    /** How resolution numbers are written (see {@code ResolutionPattern}): {@code {prefix}-{year}-{seq}}. */
    public String resolutionPattern() {
        return resolutionPattern;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public List<String> languages() {
        return Arrays.asList(languages.split(","));
    }

    public String defaultLanguage() {
        return languages().get(0);
    }
}
