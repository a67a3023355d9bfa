package ca.quorum.web.records;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ca.quorum.records.application.FixityCheck;
import ca.quorum.web.Notices;
import ca.quorum.web.i18n.LanguageView;
import ca.quorum.web.i18n.Messages;

/** The fixity page (records manager): the last check and its findings; a check run on request. */
@Named
@ViewScoped
public class FixityView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FixityCheck fixity;

    @Inject
    Messages messages;

    @Inject
    LanguageView language;

    private FixityCheck.Run latest;
    private boolean loaded;

    public FixityCheck.Run getLatest() {
        if (!loaded) {
            latest = fixity.latest().orElse(null);
            loaded = true;
        }
        return latest;
    }

    /** "12 files (45.2 MB) checked on …, from … to …, by …" in the page's language. */
    public String getSummary() {
        FixityCheck.Run run = getLatest();
        if (run == null) {
            return "";
        }
        return messages.get("fixity.summary").formatted(run.files(), String.format(language.getLocale(), "%.1f",
                run.bytes() / 1_000_000.0), language.moment(run.startedAt()),
                java.time.Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0, run.startedBy());
    }

    public void run() {
        latest = fixity.run();
        loaded = true;
        Notices.done(latest.mismatches() == 0 ? "fixity.doneClean" : "fixity.doneMismatches", latest.files(),
                latest.mismatches());
    }
}
