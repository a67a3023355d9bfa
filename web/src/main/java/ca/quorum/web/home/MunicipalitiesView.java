package ca.quorum.web.home;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import ca.quorum.admin.application.MunicipalityDirectory;
import ca.quorum.admin.application.MunicipalitySummary;

/** The municipalities sharing this installation, for the landing page. */
@Named
@RequestScoped
public class MunicipalitiesView {

    @EJB
    MunicipalityDirectory directory;

    private List<MunicipalitySummary> all;

    public List<MunicipalitySummary> getAll() {
        if (all == null) {
            all = directory.all();
        }
        return all;
    }
}
