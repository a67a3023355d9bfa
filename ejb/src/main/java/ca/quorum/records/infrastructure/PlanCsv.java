package ca.quorum.records.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import ca.quorum.records.domain.ClassificationPlan;
import ca.quorum.records.domain.FinalAction;
import ca.quorum.records.domain.RecordClass;
import ca.quorum.records.domain.RetentionRule;
import ca.quorum.records.domain.RetentionTrigger;
import ca.quorum.shared.domain.RuleViolation;

/**
 * A classification plan as CSV (RFC 4180, a header row, UTF-8): one class per row with its retention rule. Export
 * writes every class, parents first; import reads every row, reports every bad row by its line number, and refuses
 * the whole file if one is bad (a plan is never half imported). Text cells that a spreadsheet would run as a formula
 * are written with a leading apostrophe, which import removes.
 */
public final class PlanCsv {

    /** The columns, in order. */
    public static final String[] HEADER = {"code", "title_en", "title_fr", "description", "parent", "rule_code",
        "active_months", "inactive_months", "trigger", "event", "from_year_end", "action"};

    /** Largest file accepted (a plan of a few hundred classes is a few tens of kilobytes). */
    public static final int MAX_ROWS = 5000;

    private PlanCsv() {
    }

    public static void write(ClassificationPlan plan, Writer out) {
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (RecordClass c : plan.classes()) {
                RetentionRule r = c.rule();
                csv.printRecord(cell(c.code()), cell(c.titleEn()), cell(c.titleFr()), cell(c.description()),
                        cell(c.parent()), cell(r.code()), r.active().toTotalMonths(), r.inactive().toTotalMonths(),
                        r.trigger().name(), cell(r.event()), r.fromYearEnd(), r.action().name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The classes of a CSV file, checked together as a plan (codes unique, parents present, no cycles).
     *
     * @throws RuleViolation naming every bad line and what is wrong with it
     */
    public static List<RecordClass> read(Reader in) {
        List<RecordClass> classes = new ArrayList<>();
        List<RuleViolation.Refusal> problems = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(in)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (!header.equals(List.of(HEADER))) {
                throw RuleViolation.because("plan.csvHeader", String.join(",", HEADER));
            }
            for (CSVRecord row : parser) {
                if (row.getRecordNumber() > MAX_ROWS) {
                    throw RuleViolation.because("plan.csvTooLong", MAX_ROWS);
                }
                long line = row.getRecordNumber() + 1; // the header is line 1
                try {
                    if (row.size() != HEADER.length) {
                        throw RuleViolation.because("plan.csvColumns", HEADER.length, row.size());
                    }
                    RetentionRule rule = new RetentionRule(text(row, "rule_code"),
                            Period.ofMonths(months(row, "active_months")).normalized(),
                            Period.ofMonths(months(row, "inactive_months")).normalized(),
                            choice(RetentionTrigger.class, row.get("trigger")), blankIsNull(text(row, "event")),
                            yesNo(row.get("from_year_end")), choice(FinalAction.class, row.get("action")));
                    classes.add(new RecordClass(text(row, "code"), text(row, "title_en"), text(row, "title_fr"),
                            text(row, "description"), blankIsNull(text(row, "parent")), rule));
                } catch (RuleViolation bad) {
                    problems.add(RuleViolation.refusal("plan.csvLine", line));
                    problems.addAll(bad.refusals().isEmpty() ? List.of(RuleViolation.refusal("plan.csvBad",
                            String.join(" ", bad.reasons()))) : bad.refusals());
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw RuleViolation.because("plan.csvUnreadable");
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.of(problems);
        }
        if (classes.isEmpty()) {
            throw RuleViolation.because("plan.csvEmpty");
        }
        return new ClassificationPlan(classes).classes(); // codes, parents and cycles checked as a whole
    }

    /** A text cell a spreadsheet will not run as a formula. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String text(CSVRecord row, String column) {
        String value = row.get(column);
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static int months(CSVRecord row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return 0;
        }
        if (!value.matches("\\d{1,4}") || Integer.parseInt(value) > 12 * 200) {
            throw RuleViolation.because("retention.period");
        }
        return Integer.parseInt(value);
    }

    private static boolean yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "oui", "vrai" -> true;
            case "false", "no", "0", "non", "faux", "" -> false;
            default -> throw RuleViolation.because("plan.csvYesNo", value);
        };
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw RuleViolation.because("plan.csvChoice", name, java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
