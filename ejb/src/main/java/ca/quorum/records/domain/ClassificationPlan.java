package ca.quorum.records.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import ca.quorum.shared.domain.RuleViolation;

/**
 * A municipality's classification plan: classes by code, each under an existing parent, without cycles. A class that
 * records use, or that other classes sit under, cannot be removed; its rule can be changed (the records' dates are
 * then computed again, with history, {@link RecordRetention#reclassify}).
 */
public final class ClassificationPlan {

    private final Map<String, RecordClass> classes = new LinkedHashMap<>();

    public ClassificationPlan(Collection<RecordClass> classes) {
        for (RecordClass c : classes) {
            if (this.classes.putIfAbsent(c.code(), c) != null) {
                throw RuleViolation.because("plan.duplicate", c.code());
            }
        }
        for (RecordClass c : classes) {
            checkParent(c);
        }
    }

    /** Adds a class under an existing parent. */
    public void add(RecordClass added) {
        if (classes.containsKey(added.code())) {
            throw RuleViolation.because("plan.duplicate", added.code());
        }
        checkParent(added);
        classes.put(added.code(), added);
    }

    /** Replaces a class (titles, description, parent, rule), keeping its code; a new parent may not be under it. */
    public RecordClass replace(RecordClass changed) {
        RecordClass before = find(changed.code()).orElseThrow(() -> RuleViolation.because("plan.noSuchClass",
                changed.code()));
        checkParent(changed);
        classes.put(changed.code(), changed);
        return before;
    }

    /**
     * Removes a class that no record uses and no class sits under.
     *
     * @param inUse whether any record has the class
     */
    public void remove(String code, Predicate<String> inUse) {
        find(code).orElseThrow(() -> RuleViolation.because("plan.noSuchClass", code));
        if (classes.values().stream().anyMatch(c -> code.equals(c.parent()))) {
            throw RuleViolation.because("plan.hasChildren", code);
        }
        if (inUse.test(code)) {
            throw RuleViolation.because("plan.inUse", code);
        }
        classes.remove(code);
    }

    public Optional<RecordClass> find(String code) {
        return Optional.ofNullable(code == null ? null : classes.get(code.strip()));
    }

    /** The classes, parents before their children, in the order they were added. */
    public List<RecordClass> classes() {
        List<RecordClass> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (ordered.size() < classes.size()) {
            for (RecordClass c : classes.values()) {
                if (!placed.contains(c.code()) && (c.parent() == null || placed.contains(c.parent()))) {
                    ordered.add(c);
                    placed.add(c.code());
                }
            }
        }
        return ordered;
    }

    private void checkParent(RecordClass c) {
        if (c.parent() == null) {
            return;
        }
        if (!classes.containsKey(c.parent())) {
            throw RuleViolation.because("plan.noSuchParent", c.parent(), c.code());
        }
        Set<String> seen = new HashSet<>();
        for (String up = c.parent(); up != null; up = classes.get(up).parent()) {
            if (up.equals(c.code()) || !seen.add(up)) {
                throw RuleViolation.because("plan.cycle", c.code());
            }
        }
    }
}
