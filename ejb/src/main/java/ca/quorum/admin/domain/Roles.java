package ca.quorum.admin.domain;

/** Role names as the container knows them, for {@code @RolesAllowed}. Each matches one {@link Role}. */
public final class Roles {

    public static final String ADMINISTRATOR = "administrator";
    public static final String CLERK = "clerk";
    public static final String REPORT_AUTHOR = "report-author";
    public static final String COUNCILLOR = "councillor";
    public static final String CHAIR = "chair";
    public static final String RECORDS_MANAGER = "records-manager";
    public static final String FOI_OFFICER = "foi-officer";

    /**
     * Internal work the installation does for itself (start-up, registering a municipality); never granted to a
     * person.
     */
    public static final String SYSTEM = "system";

    private Roles() {
    }
}
