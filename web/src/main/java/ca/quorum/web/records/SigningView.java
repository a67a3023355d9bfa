package ca.quorum.web.records;

import java.io.Serializable;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import ca.quorum.admin.domain.Roles;
import ca.quorum.documents.application.KeyInfo;
import ca.quorum.documents.application.SigningKeys;
import ca.quorum.web.Notices;
import ca.quorum.web.security.CurrentUser;

/**
 * Signing settings: the municipality's certificate (shown; replaced from a PKCS#12 file by the clerk), the signer's
 * own certificate (uploaded by the chair or clerk, opened with its password at each signature), the time-stamp
 * authority.
 */
@Named
@ViewScoped
public class SigningView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX = 1024 * 1024;

    @EJB
    SigningKeys keys;

    @Inject
    CurrentUser me;

    private KeyInfo municipal;
    private KeyInfo mine;
    private transient Part keystore;
    private String password;
    private boolean forMunicipality;
    private String tsaUrl;

    @PostConstruct
    void init() {
        municipal = keys.municipalityKey();
        mine = keys.myKey().orElse(null);
        tsaUrl = keys.timeStampAuthority().map(t -> t.authority().toString()).orElse("");
    }

    public void upload() {
        if (!Uploads.chosen(keystore)) {
            Notices.refusedBecause("signing.chooseFile");
            return;
        }
        byte[] bytes = Uploads.read(keystore, MAX);
        String typed = password;
        password = null;
        if (bytes == null) {
            Notices.refusedBecause("signing.tooLarge");
            return;
        }
        if (forMunicipality) {
            Notices.attempt(() -> keys.installMunicipalityKeystore(bytes, typed), "signing.installed")
                    .ifPresent(k -> municipal = k);
        } else {
            Notices.attempt(() -> keys.uploadMyKeystore(bytes, typed), "signing.installed")
                    .ifPresent(k -> mine = k);
        }
    }

    public void saveAuthority() {
        Notices.attempt(() -> {
            keys.useTimeStampAuthority(tsaUrl);
            return Optional.of(tsaUrl);
        }, "signing.authoritySaved");
    }

    public boolean isClerk() {
        return me.has(Roles.CLERK);
    }

    public KeyInfo getMunicipal() {
        return municipal;
    }

    public KeyInfo getMine() {
        return mine;
    }

    public Part getKeystore() {
        return keystore;
    }

    public void setKeystore(Part keystore) {
        this.keystore = keystore;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isForMunicipality() {
        return forMunicipality;
    }

    public void setForMunicipality(boolean forMunicipality) {
        this.forMunicipality = forMunicipality;
    }

    public String getTsaUrl() {
        return tsaUrl;
    }

    public void setTsaUrl(String tsaUrl) {
        this.tsaUrl = tsaUrl;
    }
}
