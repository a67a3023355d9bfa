package ca.quorum.web.home;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import ca.quorum.admin.application.MunicipalitySummary;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingCalendar.MeetingSummary;
import ca.quorum.web.i18n.LanguageView;
import ca.quorum.web.tenant.TenantFilter;
import ca.quorum.web.tenant.TenantPaths;

/** The municipality of this request: its name in the page's language, its addresses, its upcoming meetings. */
@Named("town")
@RequestScoped
public class MunicipalityView {

    @Inject
    HttpServletRequest request;

    @Inject
    LanguageView language;

    @EJB
    MeetingCalendar calendar;

    private List<MeetingSummary> upcoming;

    public MunicipalitySummary getSummary() {
        return (MunicipalitySummary) request.getAttribute(TenantFilter.MUNICIPALITY);
    }

    public String getSlug() {
        return getSummary() == null ? null : getSummary().slug();
    }

    /** The municipality's name in the page's language; the product's name on pages outside any municipality. */
    public String getName() {
        return getSummary() == null ? "Quorum" : getSummary().name(language.getCode());
    }

    /** The address of a page of this municipality, e.g. {@code url('/login')}; the landing page outside one. */
    public String url(String page) {
        return getSummary() == null ? request.getContextPath() + "/"
                : request.getContextPath() + TenantPaths.PAGES + getSlug() + page;
    }

    /** The address of a resource of this municipality's REST API, e.g. {@code api('/minutes/4/pdf')}. */
    public String api(String path) {
        return request.getContextPath() + "/api" + TenantPaths.PAGES + getSlug() + path;
    }

    public List<MeetingSummary> getUpcoming() {
        if (upcoming == null) {
            upcoming = calendar.upcoming(12);
        }
        return upcoming;
    }

    /** A moment as the time of day in the municipality's zone: {@code 19:04:12}. */
    public String time(java.time.Instant instant) {
        return instant == null ? "" : instant.atZone(java.time.ZoneId.of(getSummary().timeZone()))
                .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    public String bodyName(MeetingSummary meeting) {
        return "fr".equals(language.getCode()) ? meeting.bodyFr() : meeting.body();
    }
}
