package ca.quorum.web.records;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ca.quorum.records.application.Dispositions;
import ca.quorum.records.domain.DispositionBatch;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;
import ca.quorum.web.i18n.LanguageView;
import ca.quorum.web.i18n.Messages;

/**
 * The disposition page (records manager): the batches; one batch's records with counts by class, filters, exclusions
 * with reasons; approval with the council resolution; execution; the certificate of destruction.
 */
@Named
@ViewScoped
public class DispositionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Dispositions dispositions;

    @Inject
    Messages messages;

    @Inject
    LanguageView language;

    private Long selected;
    private Dispositions.BatchView batch;
    private List<Dispositions.BatchView> batches;
    private String resolution;
    private String filter = "ALL";
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void open() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("batch");
        if (asked != null && asked.matches("\\d{1,18}")) {
            selected = Long.parseLong(asked);
        }
    }

    public List<Dispositions.BatchView> getBatches() {
        if (batches == null) {
            batches = dispositions.batches();
        }
        return batches;
    }

    /** The batch shown: the one asked for, else the newest. */
    public Dispositions.BatchView getBatch() {
        if (batch == null) {
            if (selected != null) {
                try {
                    batch = dispositions.batch(selected);
                } catch (RuleViolation unknown) {
                    selected = null;
                }
            }
            if (batch == null && !getBatches().isEmpty()) {
                batch = getBatches().get(0);
                selected = batch.id();
            }
        }
        return batch;
    }

    /** The batch's records the filter shows: all, the included ones, or the excluded ones. */
    public List<Dispositions.ItemView> getItems() {
        Dispositions.BatchView b = getBatch();
        if (b == null) {
            return List.of();
        }
        return b.items().stream().filter(i -> filter.equals("ALL") || (filter.equals("INCLUDED") == i.included()))
                .toList();
    }

    public boolean isProposed() {
        return getBatch() != null && getBatch().status() == DispositionBatch.Status.PROPOSED;
    }

    public boolean isApproved() {
        return getBatch() != null && getBatch().status() == DispositionBatch.Status.APPROVED;
    }

    public String status(DispositionBatch.Status status) {
        return messages.get("disposition.status." + status.name());
    }

    public String moment(Instant at) {
        return at == null ? "" : language.moment(at);
    }

    public void propose() {
        run(() -> {
            selected = dispositions.propose(null);
            return null;
        }, "disposition.proposed");
    }

    public void exclude(long item) {
        run(() -> {
            dispositions.exclude(selected, item, reasons.get(item));
            reasons.remove(item);
            return null;
        }, "disposition.excluded");
    }

    public void include(long item) {
        run(() -> {
            dispositions.include(selected, item);
            return null;
        }, "disposition.includedAgain");
    }

    public void approve() {
        run(() -> {
            dispositions.approve(selected, resolution);
            return null;
        }, "disposition.approved");
    }

    public void execute() {
        run(() -> dispositions.execute(selected), "disposition.executed");
    }

    public void cancel() {
        run(() -> {
            dispositions.cancel(selected);
            return null;
        }, "disposition.cancelled");
    }

    private void run(java.util.function.Supplier<Object> change, String done) {
        try {
            change.get();
            batch = null;
            batches = null;
            Notices.done(done, getBatch() == null ? "" : getBatch().certificateNumber() == null ? getBatch().id()
                    : getBatch().certificateNumber());
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Long getSelected() {
        return selected;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter == null || !filter.matches("ALL|INCLUDED|EXCLUDED") ? "ALL" : filter;
    }
}
