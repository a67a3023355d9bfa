package ca.quorum.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

/** Runs test code in a transaction and then fails, so that the container rolls everything back. */
@Stateless
@PermitAll
public class Rollback {

    /** Thrown after the work is done, to roll it back. */
    public static final class Undone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Undone() {
            super("rolled back on purpose");
        }
    }

    public void afterDoing(Callable<?> work) throws Exception {
        work.call();
        throw new Undone();
    }
}
