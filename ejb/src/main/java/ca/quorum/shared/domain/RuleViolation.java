package ca.quorum.shared.domain;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A domain rule refused a change; {@link #reasons()} says why, in words for the person who asked. Declared an
 * application exception with rollback in {@code ejb-jar.xml}, so nothing of a refused change is stored.
 *
 * <p>A refusal made with {@link #because(String, Object...)} names a key of the {@code refusals} bundle (English and
 * French, {@code %s} for its arguments), so a page or an API answer says it in the reader's language
 * ({@link #reasons(Locale)}); refusals made from a plain sentence are English only.
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "ca.quorum.shared.domain.refusals";

    private final List<String> reasons;
    private final List<Refusal> refusals;

    /** One reason by its key in the {@code refusals} bundle, with the arguments its text names. */
    public record Refusal(String key, List<Object> args) implements java.io.Serializable {

        public Refusal {
            args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        }

        /** The reason in a language (English where it has no translation). */
        public String text(Locale language) {
            return RuleViolation.text(key, args.toArray(), language);
        }
    }

    public RuleViolation(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
        this.refusals = null;
    }

    public RuleViolation(String reason) {
        this(List.of(reason));
    }

    protected RuleViolation(List<Refusal> refusals, boolean keyed) {
        super(String.join(" ", refusals.stream().map(r -> r.text(Locale.ENGLISH)).toList()));
        this.refusals = List.copyOf(refusals);
        this.reasons = this.refusals.stream().map(r -> r.text(Locale.ENGLISH)).toList();
    }

    /** A refusal by its key in the {@code refusals} bundle, with the arguments its text names. */
    public static RuleViolation because(String key, Object... args) {
        return new RuleViolation(List.of(refusal(key, args)), true);
    }

    /** A word or phrase of the {@code refusals} bundle given as an argument, said in the reader's language too. */
    public record Term(String key) implements java.io.Serializable {
    }

    /** A term of the bundle, for an argument: {@code term("status.LOST")}. */
    public static Term term(String key) {
        return new Term(key);
    }

    /** One reason, for a list of them ({@link #of}). */
    public static Refusal refusal(String key, Object... args) {
        return new Refusal(key, java.util.Arrays.asList(args));
    }

    /** A refusal for every reason given. */
    public static RuleViolation of(List<Refusal> refusals) {
        return new RuleViolation(refusals, true);
    }

    /** The reasons' English texts, for places that keep them as text. */
    public static List<String> english(List<Refusal> refusals) {
        return refusals.stream().map(r -> r.text(Locale.ENGLISH)).toList();
    }

    /** The keyed reasons (empty for plain sentences), to gather several refusals into one. */
    public List<Refusal> refusals() {
        return refusals == null ? List.of() : refusals;
    }

    /** The reasons, in English. */
    public List<String> reasons() {
        return reasons;
    }

    /** The reasons in the reader's language (English where the refusal has no key or no translation). */
    public List<String> reasons(Locale language) {
        return refusals == null ? reasons : refusals.stream().map(r -> r.text(language)).toList();
    }

    /** Every reason's key, in order; empty for plain sentences. */
    public List<String> keys() {
        return refusals == null ? List.of() : refusals.stream().map(Refusal::key).toList();
    }

    /** The first reason's key, or null for plain sentences. */
    public String key() {
        return refusals == null || refusals.isEmpty() ? null : refusals.get(0).key();
    }

    static String text(String key, Object[] args, Locale language) {
        Locale chosen = language != null && "fr".equals(language.getLanguage()) ? Locale.FRENCH : Locale.ROOT;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen, RuleViolation.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Object[] said = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                said[i] = args[i] instanceof Term t ? bundle.getString(t.key()) : args[i];
            }
            return bundle.getString(key).formatted(said);
        } catch (MissingResourceException missing) {
            if (chosen != Locale.ROOT) {
                return text(key, args, Locale.ROOT);
            }
            throw new IllegalStateException("no text for the refusal " + key, missing);
        }
    }
}
