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

    @EJB
    Verification verification;

    private transient Part file;
    private String sha256;
    private Verification.Result result;

    public void verify() {
        if (Uploads.chosen(file)) {
            if (file.getSize() > Verification.MAX_BYTES) {
                Notices.refusedBecause("verify.tooLarge");
                return;
            }
            Notices.attempt(() -> {
                try (java.io.InputStream in = file.getInputStream()) {
                    return verification.verify(in, Verification.MAX_BYTES);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "verify.checked").ifPresent(r -> result = r);
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
