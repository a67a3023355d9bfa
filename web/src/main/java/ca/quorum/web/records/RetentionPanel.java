package ca.quorum.web.records;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ca.quorum.records.application.LegalHolds;
import ca.quorum.records.application.RetentionSchedule;
import ca.quorum.records.domain.LegalHold;
import ca.quorum.records.domain.RecordKind;
import ca.quorum.web.security.CurrentUser;

/**
 * A record's retention as its page shows it to staff (clerk, records manager, FOI officer): class, rule, trigger,
 * first day of eligibility and the holds that freeze it. Nothing for anyone else.
 */
@Named
@RequestScoped
public class RetentionPanel {

    @EJB
    RetentionSchedule schedule;

    @EJB
    LegalHolds holds;

    @Inject
    CurrentUser me;

    /** Whether the visitor is staff who may read retention. */
    public boolean isShown() {
        return me.has("clerk") || me.has("records-manager") || me.has("foi-officer");
    }

    /** The card, or null when the visitor may not read it or the record has none. */
    public RetentionSchedule.RetentionCard card(String kind, long id) {
        if (!isShown()) {
            return null;
        }
        try {
            return schedule.retention(RecordKind.valueOf(kind), id);
        } catch (RuntimeException none) {
            return null;
        }
    }

    /** A meeting's records with their class and dates (none for a visitor who may not read retention). */
    public List<RetentionSchedule.RetentionCard> ofMeeting(long meetingId) {
        return isShown() ? schedule.recordsOfMeeting(meetingId) : List.of();
    }

    /** The matters of the active holds that freeze the record. */
    public List<String> holds(String kind, long id) {
        if (!isShown()) {
            return List.of();
        }
        return holds.holding(RecordKind.valueOf(kind), id).stream().map(LegalHold::matter).toList();
    }
}
