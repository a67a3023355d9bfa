package ca.quorum.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ca.quorum.meeting.domain.live.LiveMeeting;
import ca.quorum.meeting.domain.live.MeetingRules;

/** Refusals are said in the reader's language: every key has an English and a French text. */
class RefusalsTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RefusalsTest.class.getResourceAsStream("/ca/quorum/shared/domain/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void aRefusalIsSaidInEnglishAndInFrenchWithItsTermsTranslated() {
        LiveMeeting meeting = new LiveMeeting(MeetingRules.ontario(9), Set.of(1L, 2L));
        RuleViolation refused = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class,
                () -> meeting.closeVote(java.time.Instant.now()));
        assertEquals("live.noVoteIsOpen", refused.key());
        assertEquals(List.of("No vote is open."), refused.reasons());
        assertEquals(List.of("Aucun vote n'est ouvert."), refused.reasons(Locale.CANADA_FRENCH));
        RuleViolation voted = RuleViolation.because("live.youAlreadyVoted", RuleViolation.term("choice.YES"));
        assertEquals("You already voted yes.", voted.getMessage());
        assertEquals(List.of("Vous avez déjà voté oui."), voted.reasons(Locale.FRENCH));
        assertEquals(List.of("A plain sentence."), new RuleViolation("A plain sentence.").reasons(Locale.FRENCH),
                "a refusal without a key stays as written");
    }

    @Test
    void everyKeyHasAFrenchTextWithTheSameArguments() throws IOException {
        Properties en = bundle("refusals.properties");
        Properties fr = bundle("refusals_fr.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(fr.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals(count(en.getProperty(key)), count(fr.getProperty(key)), key);
        }
    }

    @Test
    void everyKeyTheCodeUsesHasItsText() throws IOException {
        Properties en = bundle("refusals.properties");
        Pattern because = Pattern.compile("because\\(\"([a-zA-Z.]+)\"");
        Pattern term = Pattern.compile("term\\(\"([a-zA-Z]+\\.)\"");
        int n = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern p : List.of(because, term)) {
                    Matcher used = p.matcher(source);
                    while (used.find()) {
                        n++;
                        String key = used.group(1);
                        boolean known = key.endsWith(".") ? en.stringPropertyNames().stream()
                                .anyMatch(k -> k.startsWith(key)) : en.containsKey(key);
                        assertTrue(known, file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(n > 100, "refusals are keys: " + n);
        for (String prefix : List.of("presence.", "kind.", "status.", "act.", "before.", "side.", "choice.",
                "meeting.", "capacity.", "minutes.")) {
            assertTrue(Stream.of(en.stringPropertyNames().toArray(String[]::new)).anyMatch(k -> k.startsWith(prefix)));
        }
    }

    private static long count(String text) {
        return Pattern.compile("%s").matcher(text).results().count();
    }
}
