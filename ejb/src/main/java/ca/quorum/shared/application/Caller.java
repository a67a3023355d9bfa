package ca.quorum.shared.application;

import jakarta.ejb.SessionContext;

/** The signed-in caller's user name, from the principal {@code username@municipality}. */
public final class Caller {

    private Caller() {
    }

    /** The caller's principal name, or {@code system} for the installation's own work (start-up, demo data). */
    public static String principalOrSystem(SessionContext session) {
        String name = session.getCallerPrincipal().getName();
        return name == null || "anonymous".equals(name) ? "system" : name;
    }

    public static String username(SessionContext session) {
        String name = session.getCallerPrincipal().getName();
        int at = name == null ? -1 : name.lastIndexOf('@');
        return at < 1 ? String.valueOf(name) : name.substring(0, at);
    }
}
