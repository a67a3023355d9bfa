package ca.quorum.web.records;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ca.quorum.records.application.Transfers;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;
import ca.quorum.web.i18n.LanguageView;

/** The transfers page (records manager): prepare a transfer to the archives, download its bag, confirm receipt. */
@Named
@ViewScoped
public class TransfersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Transfers transfers;

    @Inject
    LanguageView language;

    private List<Transfers.TransferView> list;
    private final Map<Long, String> receipts = new HashMap<>();

    public List<Transfers.TransferView> getTransfers() {
        if (list == null) {
            list = transfers.transfers();
        }
        return list;
    }

    public String moment(Instant at) {
        return at == null ? "" : language.moment(at);
    }

    public void prepare() {
        try {
            Transfers.TransferView made = transfers.prepare(null);
            Notices.done("transfers.prepared", made.id(), made.records());
            list = null;
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public void confirm(long id) {
        try {
            transfers.confirm(id, receipts.get(id));
            Notices.done("transfers.confirmed", id);
            list = null;
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public Map<Long, String> getReceipts() {
        return receipts;
    }
}
