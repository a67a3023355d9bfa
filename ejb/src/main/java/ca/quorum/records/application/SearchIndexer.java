package ca.quorum.records.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Drains the search outbox every two seconds, in batches, a bounded number per round (one round at a time). */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexer {

    static final int ROWS_PER_ROUND = 2_000;

    @EJB
    IndexingWork work;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void drain() {
        int taken = 0;
        int batch;
        do {
            batch = work.indexNext(); // each batch in its own transaction
            taken += batch;
        } while (batch > 0 && taken < ROWS_PER_ROUND);
    }
}
