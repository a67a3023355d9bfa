package ca.quorum.web.records;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import ca.quorum.documents.application.Verification;
import ca.quorum.web.Notices;

/** The public verification page: upload a PDF or paste its SHA-256; the answer says what record it is, if any. */
@Named
@RequestScoped
public class VerifyView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX = 200L * 1024 * 1024;

    @EJB
    Verification verification;

    private transient Part file;
    private String sha256;
    private Verification.Result result;

    public void verify() {
        if (Uploads.chosen(file)) {
            byte[] pdf = Uploads.read(file, MAX);
            if (pdf == null) {
                Notices.refusedBecause("verify.tooLarge");
                return;
            }
            Notices.attempt(() -> verification.verify(pdf), "verify.checked").ifPresent(r -> result = r);
        } else if (sha256 != null && !sha256.isBlank()) {
            Notices.attempt(() -> verification.verify(sha256), "verify.checked").ifPresent(r -> result = r);
        } else {
            Notices.refusedBecause("verify.nothing");
        }
    }

    public Verification.Result getResult() {
        return result;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }
}
