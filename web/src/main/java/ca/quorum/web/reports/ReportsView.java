package ca.quorum.web.reports;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ca.quorum.meeting.application.ReportDetail;
import ca.quorum.meeting.application.StaffReports;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;
import ca.quorum.web.home.MunicipalityView;

/** Staff reports: the ones I wrote, the ones waiting for my approval, and a new draft. */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffReports reports;

    @Inject
    MunicipalityView town;

    private List<ReportDetail> mine;
    private List<ReportDetail> awaiting;
    private String title;
    private String recommendation;
    private String body;

    @PostConstruct
    void init() {
        mine = reports.mine();
        awaiting = reports.awaitingMe();
    }

    public void create() {
        try {
            ReportDetail created = reports.draft(title, recommendation, body);
            Notices.redirect(town.url("/reports/report?id=" + created.id()));
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public List<ReportDetail> getMine() {
        return mine;
    }

    public List<ReportDetail> getAwaiting() {
        return awaiting;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
