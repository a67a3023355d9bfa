package ca.quorum.web.api;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import ca.quorum.admin.domain.Roles;

/**
 * Who may call each endpoint of the API: one declared table (OWASP ASVS 5.0 V8.1: authorization documented and
 * enforced at a trusted service layer), enforced here before any parameter or body is read, and again by the
 * application services' {@code @RolesAllowed} behind it; object-level rules (the chair of this body, the author of
 * this report, a member with a declared interest) stay with the services. An endpoint missing from the table is
 * refused (and the authorization matrix test fails). The table is rendered in {@code docs/SECURITY.md}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccess implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(ApiAccess.class.getName());

    /** Anyone, signed in or not. */
    public static final Set<String> PUBLIC = Set.of("(anyone)");

    /** Any signed-in user of the municipality, whatever their roles. */
    public static final Set<String> SIGNED_IN = Set.of("(signed in)");

    private static final Set<String> CONDUCT = Set.of(Roles.CLERK, Roles.CHAIR);
    private static final Set<String> MEMBERS = Set.of(Roles.CLERK, Roles.CHAIR, Roles.COUNCILLOR);
    private static final Set<String> AUTHORS = Set.of(Roles.REPORT_AUTHOR, Roles.CLERK);
    private static final Set<String> ADMIN = Set.of(Roles.ADMINISTRATOR);
    private static final Set<String> CLERK = Set.of(Roles.CLERK);
    private static final Set<String> FOI = Set.of(Roles.FOI_OFFICER);

    /** "METHOD /template" (under {@code /api}) to the roles of which a caller needs one. */
    public static final Map<String, Set<String>> TABLE = table();

    private static Map<String, Set<String>> table() {
        Map<String, Set<String>> t = new LinkedHashMap<>();
        t.put("GET /municipalities", PUBLIC);
        t.put("GET /m/{municipality}", PUBLIC);
        t.put("GET /m/{municipality}/bodies", PUBLIC);
        t.put("GET /m/{municipality}/bodies/{body}", PUBLIC);
        t.put("GET /m/{municipality}/meetings", PUBLIC);
        String meeting = "/m/{municipality}/meetings/{meeting}";
        for (String read : List.of("", "/agenda", "/agenda/revisions", "/agenda/revisions/{revision}",
                "/agenda/revisions/{revision}/pdf", "/agenda/pdf", "/agenda/attachments/{file}/pdf", "/packet",
                "/packet/pdf", "/minutes", "/live")) {
            t.put("GET " + meeting + read, PUBLIC); // each answers the public or the complete version by caller
        }
        t.put("POST " + meeting + "/packet", CLERK);
        t.put("POST " + meeting + "/minutes", CLERK);
        t.put("GET " + meeting + "/live/log", MEMBERS);
        for (String command : List.of("attendance", "call-to-order", "item", "declarations", "motions",
                "motions/{motion}/seconder", "motions/{motion}/deferral", "motions/{motion}/referral",
                "motions/{motion}/reconsideration", "motions/{motion}/recorded-vote-request",
                "motions/{motion}/disposition", "motions/{motion}/vote", "motions/{motion}/as-amended",
                "motions/{motion}/table", "motions/{motion}/lift-from-table", "motions/{motion}/previous-question",
                "consent-agenda", "consent-agenda/lifted", "vote/close", "closed-session-resolution",
                "closed-session", "open-session", "agenda-adoption", "walk-on", "points-of-order",
                "points-of-order/ruling", "points-of-order/appeal", "notices-of-motion", "no-quorum",
                "adjournment")) {
            t.put("POST " + meeting + "/live/" + command, CONDUCT); // the chair of this body only (service)
        }
        t.put("POST " + meeting + "/live/ballots", MEMBERS); // a member's own seat; another's for the clerk only
        t.put("GET /m/{municipality}/minutes/{id}", PUBLIC);
        t.put("GET /m/{municipality}/minutes/{id}/pdf", PUBLIC);
        t.put("POST /m/{municipality}/minutes/{id}/adoption", CLERK);
        t.put("GET /m/{municipality}/bylaws", PUBLIC);
        t.put("GET /m/{municipality}/bylaws/{id}", PUBLIC);
        t.put("GET /m/{municipality}/bylaws/{id}/pdf", PUBLIC);
        t.put("GET /m/{municipality}/verification", PUBLIC);
        t.put("POST /m/{municipality}/verification", PUBLIC);
        t.put("GET /m/{municipality}/search", PUBLIC);
        t.put("GET /m/{municipality}/foi/search", FOI);
        t.put("GET /m/{municipality}/foi/search.csv", FOI);
        t.put("GET /m/{municipality}/search/consistency", ADMIN);
        t.put("POST /m/{municipality}/search/reindex", ADMIN);
        t.put("GET /m/{municipality}/reports", AUTHORS);
        t.put("GET /m/{municipality}/reports/{id}", AUTHORS);
        t.put("POST /m/{municipality}/reports", AUTHORS);
        t.put("POST /m/{municipality}/reports/{id}/attachments", AUTHORS);
        t.put("GET /m/{municipality}/tokens", SIGNED_IN);
        t.put("POST /m/{municipality}/tokens", SIGNED_IN);
        t.put("DELETE /m/{municipality}/tokens/{id}", SIGNED_IN); // one's own; anyone's for an administrator
        t.put("GET /m/{municipality}/tokens/all", ADMIN);
        t.put("GET /m/{municipality}/users", ADMIN);
        t.put("GET /m/{municipality}/users/{id}", ADMIN);
        t.put("POST /m/{municipality}/users", ADMIN);
        t.put("PUT /m/{municipality}/users/{id}/roles", ADMIN);
        t.put("PUT /m/{municipality}/users/{id}/password", ADMIN);
        t.put("POST /m/{municipality}/users/{id}/disabled", ADMIN);
        t.put("DELETE /m/{municipality}/users/{id}/disabled", ADMIN);
        t.put("GET /m/{municipality}/records/plan", Set.of(Roles.RECORDS_MANAGER, Roles.CLERK,
                Roles.ADMINISTRATOR, Roles.FOI_OFFICER));
        t.put("GET /m/{municipality}/records/plan.csv", Set.of(Roles.RECORDS_MANAGER, Roles.CLERK,
                Roles.ADMINISTRATOR, Roles.FOI_OFFICER));
        t.put("GET /m/{municipality}/records/meetings/{meeting}", Set.of(Roles.RECORDS_MANAGER, Roles.CLERK,
                Roles.FOI_OFFICER));
        t.put("PUT /m/{municipality}/records/plan/{code}", Set.of(Roles.RECORDS_MANAGER));
        t.put("DELETE /m/{municipality}/records/plan/{code}", Set.of(Roles.RECORDS_MANAGER));
        t.put("GET /m/{municipality}/records/{kind}/{id}/retention", Set.of(Roles.RECORDS_MANAGER, Roles.CLERK,
                Roles.FOI_OFFICER));
        t.put("PUT /m/{municipality}/records/{kind}/{id}/retention", Set.of(Roles.RECORDS_MANAGER));
        t.put("GET /m/{municipality}/records/holds", Set.of(Roles.RECORDS_MANAGER, Roles.FOI_OFFICER, Roles.CLERK));
        t.put("POST /m/{municipality}/records/holds", Set.of(Roles.RECORDS_MANAGER, Roles.FOI_OFFICER));
        t.put("POST /m/{municipality}/records/holds/{id}/lift", Set.of(Roles.RECORDS_MANAGER, Roles.FOI_OFFICER));
        t.put("GET /m/{municipality}/records/holds/{id}/records", Set.of(Roles.RECORDS_MANAGER, Roles.FOI_OFFICER,
                Roles.CLERK));
        t.put("GET /m/{municipality}/records/disposition", Set.of(Roles.RECORDS_MANAGER));
        t.put("POST /m/{municipality}/records/disposition", Set.of(Roles.RECORDS_MANAGER));
        t.put("GET /m/{municipality}/records/disposition/{id}", Set.of(Roles.RECORDS_MANAGER));
        t.put("POST /m/{municipality}/records/disposition/{id}/items/{item}/exclude", Set.of(Roles.RECORDS_MANAGER));
        t.put("POST /m/{municipality}/records/disposition/{id}/items/{item}/include", Set.of(Roles.RECORDS_MANAGER));
        t.put("POST /m/{municipality}/records/disposition/{id}/approve", Set.of(Roles.RECORDS_MANAGER));
        t.put("POST /m/{municipality}/records/disposition/{id}/execute", Set.of(Roles.RECORDS_MANAGER));
        t.put("POST /m/{municipality}/records/disposition/{id}/cancel", Set.of(Roles.RECORDS_MANAGER));
        t.put("GET /m/{municipality}/records/disposition/{id}/certificate", Set.of(Roles.RECORDS_MANAGER));
        t.put("GET /m/{municipality}/records/{kind}/{id}/tombstone", Set.of(Roles.RECORDS_MANAGER, Roles.CLERK,
                Roles.FOI_OFFICER));
        t.put("GET /m/{municipality}/records/transfers", Set.of(Roles.RECORDS_MANAGER));
        t.put("POST /m/{municipality}/records/transfers", Set.of(Roles.RECORDS_MANAGER));
        t.put("GET /m/{municipality}/records/transfers/{id}", Set.of(Roles.RECORDS_MANAGER));
        t.put("GET /m/{municipality}/records/transfers/{id}/bag", Set.of(Roles.RECORDS_MANAGER));
        t.put("POST /m/{municipality}/records/transfers/{id}/confirmation", Set.of(Roles.RECORDS_MANAGER));
        t.put("GET /m/{municipality}/records/fixity", Set.of(Roles.RECORDS_MANAGER));
        t.put("POST /m/{municipality}/records/fixity", Set.of(Roles.RECORDS_MANAGER));
        t.put("GET /m/{municipality}/audit/verification", ADMIN);
        t.put("GET /m/{municipality}/audit/anchors", PUBLIC);
        t.put("GET /m/{municipality}/health", ADMIN);
        return java.util.Collections.unmodifiableMap(t);
    }

    private static final Map<Method, String> KEYS = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // nothing matched: the framework answers 404 or 405
        }
        String key = KEYS.computeIfAbsent(method, m -> key(resource.getResourceClass(), m));
        Set<String> allowed = TABLE.get(key);
        if (allowed == null) {
            LOG.log(Level.SEVERE, "No access rule for {0}: refused", key);
            request.abortWith(ProblemMappers.problem(Response.Status.FORBIDDEN,
                    List.of("This address has no access rule yet; it is refused until it has one.")));
            return;
        }
        if (allowed == PUBLIC) {
            return;
        }
        SecurityContext caller = request.getSecurityContext();
        if (caller.getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(ProblemMappers.problem(Response.Status.UNAUTHORIZED,
                    List.of("Sign in with a personal API token (Authorization: Bearer) or HTTP Basic.")))
                    .header("WWW-Authenticate", "Basic realm=\"Quorum\", charset=\"UTF-8\"")
                    .header("WWW-Authenticate", "Bearer realm=\"Quorum\"").build());
            return;
        }
        if (allowed != SIGNED_IN && allowed.stream().noneMatch(caller::isUserInRole)) {
            request.abortWith(ProblemMappers.problem(Response.Status.FORBIDDEN,
                    List.of("Your account does not have the role this needs.")));
        }
    }

    /** The table's key of a resource method: "METHOD /template". */
    public static String key(Class<?> type, Method m) {
        String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : "?";
        jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
        String template = "/" + (base == null ? "" : base.value().replaceAll("^/|/$", ""))
                + (sub == null ? "" : "/" + sub.value().replaceAll("^/|/$", ""));
        return verb + " " + template.replaceAll("\\{(\\w+):[^}]*\\}", "{$1}");
    }

    /** The roles an endpoint needs, for the matrix test and the documentation. */
    public static Optional<Set<String>> rule(String key) {
        return Optional.ofNullable(TABLE.get(key));
    }
}
