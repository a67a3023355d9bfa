package ca.quorum.web.records;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ca.quorum.admin.domain.Roles;
import ca.quorum.meeting.application.CarriedMotion;
import ca.quorum.meeting.application.MinutesBook;
import ca.quorum.meeting.application.MinutesVersionView;
import ca.quorum.meeting.application.MinutesView;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.web.Notices;
import ca.quorum.web.security.CurrentUser;

/**
 * A meeting's minutes for the clerk and the chair: generate the draft from the log, edit it (versions), adopt it by
 * a carried motion of a later meeting, sign it, start a correction. One record (open or closed-session minutes, or
 * a correction) is shown at a time.
 */
@Named
@ViewScoped
public class MinutesPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MinutesBook book;

    @Inject
    CurrentUser me;

    private long meetingId;
    private List<MinutesView> records = List.of();
    private MinutesView current;
    private String text;
    private String adoption;
    private String password;
    private List<CarriedMotion> adoptionMotions = List.of();

    @PostConstruct
    void init() {
        meetingId = Notices.idParameter("meeting");
        long wanted = Notices.idParameter("minutes");
        load(wanted);
    }

    private void load(long wanted) {
        try {
            records = book.minutesOf(meetingId);
        } catch (RecordNotFoundException e) {
            records = List.of();
            meetingId = -1;
        }
        current = records.stream().filter(r -> r.id() == wanted).findFirst()
                .orElse(records.isEmpty() ? null : records.get(0));
        text = current == null ? null : current.html();
        // replaying later meetings' logs is work: once per load, not once per render
        adoptionMotions = current == null || current.adopted() || !isClerk() ? List.of()
                : book.adoptionMotions(current.id());
    }

    public void generate() {
        Notices.attempt(() -> book.generateMinutes(meetingId), "minutes.generated")
                .ifPresent(r -> load(current == null ? r.get(0).id() : current.id()));
    }

    public void save() {
        Notices.attempt(() -> book.editMinutes(current.id(), text, current.version()), "minutes.saved")
                .ifPresent(r -> load(r.id()));
    }

    public void adopt() {
        if (adoption == null || !adoption.contains(":")) {
            Notices.refusedBecause("minutes.chooseMotion");
            return;
        }
        String[] parts = adoption.split(":");
        Notices.attempt(() -> book.adoptMinutes(current.id(), Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                "minutes.adopted").ifPresent(r -> load(r.id()));
    }

    public void sign() {
        String typed = password;
        password = null;
        Notices.attempt(() -> book.signMinutes(current.id(), typed), "minutes.signed").ifPresent(r -> load(r.id()));
    }

    public void correct() {
        Notices.attempt(() -> book.correctMinutes(current.id()), "minutes.correctionStarted")
                .ifPresent(r -> load(r.id()));
    }

    public List<CarriedMotion> getAdoptionMotions() {
        return adoptionMotions;
    }

    public List<MinutesVersionView> getHistory() {
        return current == null ? List.of() : book.history(current.id());
    }

    public boolean isClerk() {
        return me.has(Roles.CLERK);
    }

    public boolean isMayCorrect() {
        return isClerk() && current != null && current.adopted() && current.correctedById() == null;
    }

    public boolean isMaySign() {
        return current != null && current.adopted() && current.signatures().size() < 2
                && (me.has(Roles.CLERK) || me.has(Roles.CHAIR));
    }

    public long getMeetingId() {
        return meetingId;
    }

    public List<MinutesView> getRecords() {
        return records;
    }

    public MinutesView getCurrent() {
        return current;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAdoption() {
        return adoption;
    }

    public void setAdoption(String adoption) {
        this.adoption = adoption;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
