package ca.quorum.it;

import java.util.concurrent.Callable;

import ca.quorum.shared.tenant.TenantContext;

/** Runs test code in a municipality, letting business exceptions through and wrapping checked ones. */
final class Act {

    private Act() {
    }

    static <T> T in(String municipality, Callable<T> work) {
        return TenantContext.callAs(municipality, () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
