package ca.quorum.records.domain;

import java.time.Period;
import java.util.List;

/**
 * The plan every municipality starts with, modelled on the classes Ontario municipalities commonly share (council
 * and by-laws, committees, reports, access to information, administration), with the usual codes: P permanent, C+n
 * the current year and n more, S+n superseded and n more, E+n an event and n more, and archival selection (review)
 * where an archivist decides. The records manager changes it to the municipality's retention by-law (Municipal Act,
 * 2001, s.255: the by-law and its auditor-approved periods govern; this plan is only where one starts).
 */
public final class StartingPlan {

    private StartingPlan() {
    }

    private static RetentionRule cy(String code, int years, RetentionTrigger trigger, FinalAction action) {
        return new RetentionRule(code, Period.ofYears(years), Period.ZERO, trigger, null, true, action);
    }

    public static List<RecordClass> classes() {
        return List.of(
                new RecordClass("A", "Administration", "Administration", "General administration of the "
                        + "municipality.", null, cy("C+2", 2, RetentionTrigger.CREATED, FinalAction.DESTROY)),
                new RecordClass("A02", "Audit extracts", "Extraits de vérification", "Extracts of the audit trail "
                        + "made for audits and reviews.", "A", cy("C+7", 7, RetentionTrigger.CREATED,
                                FinalAction.DESTROY)),
                new RecordClass("C", "Council and by-laws", "Conseil et règlements", "Council, its meetings and "
                        + "its decisions.", null, RetentionRule.permanent("P", RetentionTrigger.CREATED)),
                new RecordClass("C01.01", "Minutes", "Procès-verbaux", "Minutes of council and committee "
                        + "meetings, with their versions.", "C", RetentionRule.permanent("P",
                                RetentionTrigger.ADOPTED)),
                new RecordClass("C01.02", "Agendas and packets", "Ordres du jour et documentation", "Published "
                        + "agendas and agenda packets.", "C", cy("C+10*", 10, RetentionTrigger.MEETING_DATE,
                                FinalAction.REVIEW)),
                new RecordClass("C01.03", "By-laws", "Règlements", "Enacted by-laws.", "C",
                        RetentionRule.permanent("P", RetentionTrigger.ADOPTED)),
                new RecordClass("C01.04", "Meeting logs and ballots", "Journaux des réunions et votes", "The log "
                        + "of each meeting (attendance, motions, votes, rulings) and every ballot cast.", "C",
                        RetentionRule.permanent("P", RetentionTrigger.MEETING_DATE)),
                new RecordClass("C02", "Committees", "Comités", "Committees and boards of council.", "C",
                        cy("C+10*", 10, RetentionTrigger.MEETING_DATE, FinalAction.REVIEW)),
                new RecordClass("C03", "Staff reports", "Rapports du personnel", "Reports to council and "
                        + "committees, with their attachments.", "C", cy("C+10", 10, RetentionTrigger.CREATED,
                                FinalAction.TRANSFER)),
                new RecordClass("L", "Access to information", "Accès à l’information", "Requests under the "
                        + "Municipal Freedom of Information and Protection of Privacy Act.", null,
                        new RetentionRule("E+2", Period.ofYears(2), Period.ZERO, RetentionTrigger.EVENT,
                                "FOI request closed", true, FinalAction.DESTROY)));
    }
}
