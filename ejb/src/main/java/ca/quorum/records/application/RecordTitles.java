package ca.quorum.records.application;

import java.util.List;

import jakarta.persistence.EntityManager;

import ca.quorum.records.domain.RecordKind;

/** A record's description as batches, tombstones and transfers print it, one place for every kind. */
final class RecordTitles {

    private RecordTitles() {
    }

    /** "Agenda of Council (2027-03-16), revision 2", "Staff report: …", … at most 400 characters. */
    static String of(EntityManager em, RecordKind kind, long recordId) {
        String sql = switch (kind) {
            case AGENDA_REVISION -> "select 'Agenda of ' || m.title || ' (' || to_char(m.starts_at, 'YYYY-MM-DD') "
                    + "|| '), revision ' || r.number from agenda_revision r join meeting m on m.id = r.meeting_id "
                    + "where r.id = ?1";
            case STAFF_REPORT -> "select 'Staff report: ' || title from staff_report where id = ?1";
            case MINUTES -> "select 'Minutes of ' || m.title from minutes x join meeting m on m.id = x.meeting_id "
                    + "where x.id = ?1";
            case BYLAW -> "select 'By-law ' || number || ': ' || title from bylaw where id = ?1";
            case MEETING_LOG -> "select 'Log and ballots of ' || title || ' (' || to_char(starts_at, 'YYYY-MM-DD') "
                    + "|| ')' from meeting where id = ?1";
        };
        List<?> found = em.createNativeQuery(sql).setParameter(1, recordId).getResultList();
        String title = found.isEmpty() ? kind + " " + recordId : String.valueOf(found.get(0));
        return title.length() > 400 ? title.substring(0, 397) + "..." : title;
    }
}
