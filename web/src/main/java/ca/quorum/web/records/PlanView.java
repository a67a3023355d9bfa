package ca.quorum.web.records;

import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import ca.quorum.records.application.RetentionSchedule;
import ca.quorum.records.domain.FinalAction;
import ca.quorum.records.domain.RecordClass;
import ca.quorum.records.domain.RetentionRule;
import ca.quorum.records.domain.RetentionTrigger;
import ca.quorum.records.infrastructure.PlanCsv;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;
import ca.quorum.web.i18n.LanguageView;
import ca.quorum.web.i18n.Messages;

/**
 * The classification plan page (records manager): every class with its rule; a class added or changed (a changed
 * rule recomputes its records' dates), removed when nothing uses it; the plan exported and imported as CSV.
 */
@Named
@ViewScoped
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest CSV file accepted. */
    static final long MAX_CSV_BYTES = 2_000_000;

    @EJB
    RetentionSchedule schedule;

    @Inject
    Messages messages;

    @Inject
    LanguageView language;

    private List<RecordClass> classes;
    private String code;
    private String titleEn;
    private String titleFr;
    private String description;
    private String parent;
    private String ruleCode;
    private Integer activeMonths = 0;
    private Integer inactiveMonths = 0;
    private RetentionTrigger trigger = RetentionTrigger.CREATED;
    private String event;
    private boolean fromYearEnd = true;
    private FinalAction action = FinalAction.DESTROY;
    private String reason;
    private transient Part csv;
    private String importReason;

    public List<RecordClass> getClasses() {
        if (classes == null) {
            classes = schedule.plan().classes();
        }
        return classes;
    }

    public String title(RecordClass c) {
        return c.title(language.getCode());
    }

    public String trigger(RetentionTrigger t) {
        return messages.get("plan.trigger." + t.name());
    }

    public String action(FinalAction a) {
        return messages.get("plan.action." + a.name());
    }

    public RetentionTrigger[] getTriggers() {
        return RetentionTrigger.values();
    }

    public FinalAction[] getActions() {
        return FinalAction.values();
    }

    /** "2 years active, 8 inactive, from the end of the year" in the page's language. */
    public String periods(RecordClass c) {
        RetentionRule r = c.rule();
        return messages.get("plan.periods").formatted(r.active().toTotalMonths(), r.inactive().toTotalMonths())
                + (r.fromYearEnd() ? " " + messages.get("plan.fromYearEnd") : "");
    }

    /** Fills the form with a class, to change it. */
    public void edit(String classCode) {
        getClasses().stream().filter(c -> c.code().equals(classCode)).findFirst().ifPresent(c -> {
            code = c.code();
            titleEn = c.titleEn();
            titleFr = c.titleFr();
            description = c.description();
            parent = c.parent();
            ruleCode = c.rule().code();
            activeMonths = (int) c.rule().active().toTotalMonths();
            inactiveMonths = (int) c.rule().inactive().toTotalMonths();
            trigger = c.rule().trigger();
            event = c.rule().event();
            fromYearEnd = c.rule().fromYearEnd();
            action = c.rule().action();
        });
    }

    public void save() {
        try {
            RetentionRule rule = new RetentionRule(ruleCode, Period.ofMonths(months(activeMonths)).normalized(),
                    Period.ofMonths(months(inactiveMonths)).normalized(), trigger, event, fromYearEnd, action);
            RecordClass saved = schedule.saveClass(new RecordClass(code == null ? null : code.strip()
                    .toUpperCase(java.util.Locale.ROOT), titleEn, titleFr, description, parent, rule), reason);
            Notices.done("plan.saved", saved.code());
            classes = null;
            code = null;
            titleEn = null;
            titleFr = null;
            description = null;
            parent = null;
            ruleCode = null;
            reason = null;
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public void remove(String classCode) {
        try {
            schedule.removeClass(classCode);
            Notices.done("plan.removed", classCode);
            classes = null;
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public void importCsv() {
        if (!Uploads.chosen(csv)) {
            Notices.refusedBecause("plan.chooseCsv");
            return;
        }
        byte[] bytes = Uploads.read(csv, MAX_CSV_BYTES);
        if (bytes == null) {
            Notices.refusedBecause("plan.csvTooBig");
            return;
        }
        try {
            List<RecordClass> read = PlanCsv.read(new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
                    StandardCharsets.UTF_8));
            int[] counts = schedule.importPlan(read, importReason);
            Notices.done("plan.imported", counts[0], counts[1]);
            classes = null;
            importReason = null;
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    private static int months(Integer value) {
        if (value == null || value < 0 || value > 12 * 200) {
            throw RuleViolation.because("retention.period");
        }
        return value;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public void setRuleCode(String ruleCode) {
        this.ruleCode = ruleCode;
    }

    public Integer getActiveMonths() {
        return activeMonths;
    }

    public void setActiveMonths(Integer activeMonths) {
        this.activeMonths = activeMonths;
    }

    public Integer getInactiveMonths() {
        return inactiveMonths;
    }

    public void setInactiveMonths(Integer inactiveMonths) {
        this.inactiveMonths = inactiveMonths;
    }

    public RetentionTrigger getTrigger() {
        return trigger;
    }

    public void setTrigger(RetentionTrigger trigger) {
        this.trigger = trigger;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public boolean isFromYearEnd() {
        return fromYearEnd;
    }

    public void setFromYearEnd(boolean fromYearEnd) {
        this.fromYearEnd = fromYearEnd;
    }

    public FinalAction getAction() {
        return action;
    }

    public void setAction(FinalAction action) {
        this.action = action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Part getCsv() {
        return csv;
    }

    public void setCsv(Part csv) {
        this.csv = csv;
    }

    public String getImportReason() {
        return importReason;
    }

    public void setImportReason(String importReason) {
        this.importReason = importReason;
    }
}
