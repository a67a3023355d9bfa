package ca.quorum.it;

/** What a failure said, for tests that check a refusal's words through the container's wrapping exceptions. */
final class Failures {

    private Failures() {
    }

    /** Every message in {@code e}'s chain of causes, joined. */
    static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
