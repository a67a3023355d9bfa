package ca.quorum.records.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Drains the search outbox every two seconds, a bounded number of rows per round (one round at a time). */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexer {

    static final int ROWS_PER_ROUND = 200;

    @EJB
    IndexingWork work;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void drain() {
        for (int i = 0; i < ROWS_PER_ROUND && work.indexNext(); i++) {
            // each row in its own transaction
        }
    }
}
