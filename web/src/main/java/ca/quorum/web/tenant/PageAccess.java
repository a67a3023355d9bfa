package ca.quorum.web.tenant;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import ca.quorum.admin.domain.Roles;

/**
 * Which staff pages need which role: a folder of views per role. Anything else is public. The application services
 * check roles again ({@code @RolesAllowed}); this only keeps people from pages they cannot use.
 */
public final class PageAccess {

    private record Rule(String folder, Set<String> roles) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("/admin/", Set.of(Roles.ADMINISTRATOR)),
            new Rule("/clerk/console", Set.of(Roles.CLERK, Roles.CHAIR)),
            new Rule("/clerk/minutes", Set.of(Roles.CLERK, Roles.CHAIR)),
            new Rule("/clerk/signing", Set.of(Roles.CLERK, Roles.CHAIR)),
            new Rule("/clerk/", Set.of(Roles.CLERK)),
            new Rule("/reports/", Set.of(Roles.REPORT_AUTHOR, Roles.CLERK)),
            new Rule("/foi/", Set.of(Roles.FOI_OFFICER)),
            new Rule("/records/holds", Set.of(Roles.RECORDS_MANAGER, Roles.FOI_OFFICER)),
            new Rule("/records/", Set.of(Roles.RECORDS_MANAGER)),
            new Rule("/tablet", Set.of(Roles.COUNCILLOR, Roles.CHAIR)),
            new Rule("/workspace", Set.of(Roles.ADMINISTRATOR, Roles.CLERK, Roles.REPORT_AUTHOR, Roles.COUNCILLOR,
                    Roles.CHAIR, Roles.RECORDS_MANAGER, Roles.FOI_OFFICER)));

    private PageAccess() {
    }

    /** The roles of which a visitor needs one to see {@code view}; empty when the page is public. */
    public static Optional<Set<String>> requiredRoles(String view) {
        return RULES.stream().filter(r -> view.startsWith(r.folder())).map(Rule::roles).findFirst();
    }
}
