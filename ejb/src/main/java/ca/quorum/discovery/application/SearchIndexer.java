package ca.quorum.discovery.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Two indexers drain the search outbox side by side, each every two seconds (a round runs while rows are due, up to
 * twenty seconds, each batch in its own transaction; a round still running when the next is due lets it pass).
 * Each takes its own share of the records, so a record is never indexed by both at once.
 */
@Singleton
@Startup
@PermitAll
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexer {

    static final int WORKERS = 2;
    static final long ROUND_NANOS = 20_000_000_000L;

    @EJB
    IndexingWork work;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "search indexer 0")
    void drainFirstShare() {
        drain(0);
    }

    @Schedule(second = "1/2", minute = "*", hour = "*", persistent = false, info = "search indexer 1")
    void drainSecondShare() {
        drain(1);
    }

    private void drain(int worker) {
        long start = System.nanoTime();
        while (work.indexNext(worker, WORKERS) > 0 && System.nanoTime() - start < ROUND_NANOS) {
            // the next batch
        }
    }
}
