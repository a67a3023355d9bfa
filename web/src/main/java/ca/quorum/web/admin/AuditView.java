package ca.quorum.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.audit.domain.AuditRecord;
import ca.quorum.shared.audit.domain.ChainVerification;

/** The audit page: verify the chain on request, and show the latest entries. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditLog audit;

    private ChainVerification verification;
    private List<AuditRecord> latest;

    public void verify() {
        verification = audit.verify();
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public List<AuditRecord> getLatest() {
        if (latest == null) {
            latest = audit.latest(50);
        }
        return latest;
    }
}
