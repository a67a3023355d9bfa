package ca.quorum.admin.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do in their municipality. The public is anonymous and holds no role. */
public enum Role {
    ADMINISTRATOR(Roles.ADMINISTRATOR),
    CLERK(Roles.CLERK),
    REPORT_AUTHOR(Roles.REPORT_AUTHOR),
    COUNCILLOR(Roles.COUNCILLOR),
    CHAIR(Roles.CHAIR),
    RECORDS_MANAGER(Roles.RECORDS_MANAGER),
    FOI_OFFICER(Roles.FOI_OFFICER);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The container role name, as used in {@code @RolesAllowed} and {@code isUserInRole}. */
    public String roleName() {
        return roleName;
    }

    /** The role with this container name ({@code report-author}) or constant name ({@code REPORT_AUTHOR}). */
    public static Optional<Role> fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name) || r.name().equals(name)).findFirst();
    }
}
