package ca.quorum.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ca.quorum.admin.domain.Role;
import ca.quorum.testing.HostilePdfs;
import ca.quorum.web.api.ApiAccess;
import ca.quorum.web.tenant.PageAccess;

/**
 * The authorization matrix (issue 13), generated from the application itself: every JAX-RS resource method (found by
 * reflection) and every page (the views in the web module), asked by an anonymous visitor, by a user holding each
 * role alone, and by a user of another municipality. The expected answer of each cell comes from the declared tables
 * ({@link ApiAccess#TABLE} for the API, {@link PageAccess} for pages); an endpoint missing from the table, or a row of
 * the table that names no endpoint, fails the test. Writes go to records that do not exist, so that nothing is
 * changed. The counts are printed and written to {@code target/security/authz.txt}; the API table, rendered, must be
 * in {@code docs/SECURITY.md} as it is in the code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    static final String LAKEVIEW = "lakeview-harbour";
    static final String PINECREST = "pinecrest";
    static final String DEMO_PASSWORD = "council-demo-2026";
    static final String PASSWORD = "Matrix passphrase of 2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Http http() throws Exception {
        return new Http(base.toURI());
    }

    /** A caller of the matrix: how it sends credentials to the API, and its page session. */
    private record Caller(String name, Optional<Role> role, boolean foreign, Http api, Http pages) {
    }

    private String token(String municipality, String username) throws Exception {
        HttpResponse<String> made = http().as(username, PASSWORD).postJson("api/m/" + municipality + "/tokens",
                "{\"name\":\"matrix\",\"scope\":\"write\",\"days\":1}");
        assertEquals(201, made.statusCode(), made.body());
        return ((JsonObject) Http.json(made)).getString("secret");
    }

    private void createUser(String municipality, String username, List<Role> roles) throws Exception {
        http().as("admin", DEMO_PASSWORD).createUser(municipality, username, "Matrix " + username, PASSWORD,
                roles.stream().map(Role::roleName).toArray(String[]::new));
    }

    private List<Caller> callers() throws Exception {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("anonymous", Optional.empty(), false, http(), http()));
        for (Role role : Role.values()) {
            String username = "matrix-" + role.roleName();
            createUser(LAKEVIEW, username, List.of(role));
            Http pages = http();
            pages.signIn(LAKEVIEW, username, PASSWORD);
            callers.add(new Caller(role.roleName(), Optional.of(role), false, http().bearer(token(LAKEVIEW,
                    username)), pages));
        }
        createUser(PINECREST, "matrix-elsewhere", List.of(Role.values()));
        Http pages = http();
        pages.signIn(PINECREST, "matrix-elsewhere", PASSWORD);
        callers.add(new Caller("another municipality", Optional.empty(), true,
                http().bearer(token(PINECREST, "matrix-elsewhere")), pages));
        return callers;
    }

    private static boolean allowed(ApiSurface.Endpoint endpoint, Set<String> rule, Caller caller) {
        if (!endpoint.template().contains("{municipality}")) {
            return rule == ApiAccess.PUBLIC; // outside any municipality no credential is looked at
        }
        return rule == ApiAccess.PUBLIC && !caller.foreign() || caller.role().isPresent()
                && (rule == ApiAccess.SIGNED_IN || rule.contains(caller.role().get().roleName()));
    }

    @Test
    void everyEndpointAndPageAnswersEachCallerAsTheTablesDeclare() throws Exception {
        List<ApiSurface.Endpoint> endpoints = ApiSurface.endpoints();
        Set<String> found = new TreeSet<>();
        List<String> mismatches = new ArrayList<>();
        for (ApiSurface.Endpoint e : endpoints) {
            found.add(e.key());
            if (ApiAccess.rule(e.key()).isEmpty()) {
                mismatches.add(e.key() + ": no row in ApiAccess.TABLE");
            }
        }
        for (String row : ApiAccess.TABLE.keySet()) {
            if (!found.contains(row)) {
                mismatches.add(row + ": a row of ApiAccess.TABLE that names no endpoint");
            }
        }
        List<Caller> callers = callers();
        int cells = 0;
        for (ApiSurface.Endpoint e : endpoints) {
            Optional<Set<String>> rule = ApiAccess.rule(e.key());
            if (rule.isEmpty()) {
                continue;
            }
            for (Caller caller : callers) {
                cells++;
                HttpResponse<String> r = e.write()
                        ? caller.api().sendBytes(e.method(), e.path(LAKEVIEW), e.takesPdf() ? HostilePdfs.plain()
                                : "{}".getBytes(StandardCharsets.UTF_8), "Content-Type",
                                e.takesPdf() ? "application/pdf" : "application/json")
                        : caller.api().get(e.path(LAKEVIEW));
                int status = r.statusCode();
                boolean ok = allowed(e, rule.get(), caller);
                boolean answered = ok ? status != 401 && status != 403 && status < 500
                        : caller.role().isEmpty() ? status == 401 : status == 403;
                if (!answered) {
                    mismatches.add(e.key() + " as " + caller.name() + ": expected " + (ok ? "an answer" : "refusal")
                            + ", got " + status + " " + r.body().substring(0, Math.min(200, r.body().length())));
                }
            }
        }
        for (String view : views()) {
            Optional<Set<String>> required = PageAccess.requiredRoles(view);
            String path = "m/" + LAKEVIEW + (view.equals("/index.xhtml") ? "/" : view.replaceAll("\\.xhtml$", ""));
            for (Caller caller : callers) {
                cells++;
                HttpResponse<String> r = caller.pages().get(path);
                int status = r.statusCode();
                boolean toSignIn = status == 302 && r.headers().firstValue("Location").orElse("").contains("/login");
                boolean ok = !caller.foreign() && (required.isEmpty() || caller.role().isPresent()
                        && required.get().contains(caller.role().get().roleName()));
                boolean answered = ok ? status < 400 && !toSignIn
                        : caller.foreign() ? status == 403 : caller.role().isEmpty() ? toSignIn : status == 403;
                if (!answered) {
                    mismatches.add("page " + view + " as " + caller.name() + ": expected " + (ok ? "the page"
                            : "refusal") + ", got " + status);
                }
            }
        }
        String summary = "authz: cells=" + cells + " mismatches=" + mismatches.size();
        System.out.println(summary);
        Files.createDirectories(Path.of("target/security"));
        Files.writeString(Path.of("target/security/authz.txt"), summary + System.lineSeparator());
        String table = rendered();
        Files.writeString(Path.of("target/security/authz-table.md"), table);
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
        String docs = Files.readString(Path.of("../docs/SECURITY.md"));
        assertTrue(docs.contains(table), "docs/SECURITY.md shows the table as the code declares it; copy "
                + "web/target/security/authz-table.md into it");
        assertTrue(cells > 500, "the matrix has the size it should: " + cells);
    }

    /** The pages of the application: every view outside WEB-INF. */
    private static List<String> views() throws Exception {
        Path root = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> "/" + root.relativize(f).toString()
                    .replace('\\', '/')).filter(v -> !v.startsWith("/WEB-INF") && !v.equals("/error.xhtml")
                            && !v.equals("/municipalities.xhtml")).sorted().toList();
        }
    }

    /** The API table as docs/SECURITY.md shows it. */
    static String rendered() {
        Map<String, String> rows = new LinkedHashMap<>();
        ApiAccess.TABLE.forEach((key, roles) -> rows.put(key, roles == ApiAccess.PUBLIC ? "anyone"
                : roles == ApiAccess.SIGNED_IN ? "any signed-in user" : String.join(", ", new TreeSet<>(roles))));
        StringBuilder out = new StringBuilder("| Endpoint (under `/api`) | Who may call it |\n| --- | --- |\n");
        rows.forEach((key, who) -> out.append("| `").append(key).append("` | ").append(who).append(" |\n"));
        return out.toString();
    }
}
