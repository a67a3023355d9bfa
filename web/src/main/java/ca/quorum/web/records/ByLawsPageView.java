package ca.quorum.web.records;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ca.quorum.admin.domain.Roles;
import ca.quorum.meeting.application.ByLawView;
import ca.quorum.meeting.application.ByLaws;
import ca.quorum.meeting.application.CarriedMotion;
import ca.quorum.meeting.application.MinutesBook;
import ca.quorum.meeting.domain.minutes.ByLaw;
import ca.quorum.web.Notices;
import ca.quorum.web.security.CurrentUser;

/** The public by-law registry; the clerk registers enacted by-laws here, and the head of council and clerk sign. */
@Named
@ViewScoped
public class ByLawsPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ByLaws byLaws;

    @EJB
    MinutesBook minutes;

    @Inject
    CurrentUser me;

    private List<ByLawView> registry;
    private String number;
    private String title;
    private String text;
    private String firstReading;
    private String secondReading;
    private String motion;
    private String password;
    private List<CarriedMotion> motions;

    @PostConstruct
    void init() {
        registry = byLaws.registry();
    }

    public void register() {
        if (motion == null || !motion.contains(":")) {
            Notices.refusedBecause("bylaws.chooseMotion");
            return;
        }
        LocalDate first;
        LocalDate second;
        try {
            first = date(firstReading);
            second = date(secondReading);
        } catch (DateTimeParseException e) {
            Notices.refusedBecause("bylaws.badDate");
            return;
        }
        String[] parts = motion.split(":");
        ByLaw.Draft draft = new ByLaw.Draft(number, title, text, false, first, second, null);
        Notices.attempt(() -> byLaws.registerByLaw(draft, Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                "bylaws.registered", number).ifPresent(b -> {
                    registry = byLaws.registry();
                    number = null;
                    title = null;
                    text = null;
                    firstReading = null;
                    secondReading = null;
                    motion = null;
                });
    }

    public void sign(long id) {
        String typed = password;
        password = null;
        Notices.attempt(() -> byLaws.signByLaw(id, typed), "bylaws.signed").ifPresent(b -> registry = byLaws.registry());
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    public boolean isClerk() {
        return me.has(Roles.CLERK);
    }

    public boolean isSigner() {
        return me.has(Roles.CLERK) || me.has(Roles.CHAIR);
    }

    /** Carried motions of recent meetings (their logs replayed once per page, not once per render). */
    public List<CarriedMotion> getMotions() {
        if (motions == null) {
            motions = isClerk() ? minutes.recentCarriedMotions() : List.of();
        }
        return motions;
    }

    public List<ByLawView> getRegistry() {
        return registry;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getFirstReading() {
        return firstReading;
    }

    public void setFirstReading(String firstReading) {
        this.firstReading = firstReading;
    }

    public String getSecondReading() {
        return secondReading;
    }

    public void setSecondReading(String secondReading) {
        this.secondReading = secondReading;
    }

    public String getMotion() {
        return motion;
    }

    public void setMotion(String motion) {
        this.motion = motion;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
