package ca.quorum.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over HTTP, as clients see it: public pages and API, health, OpenAPI, security headers, sign-in, and the boundary
 * between the two demo municipalities through pages and API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsolationIT {

    static final String LAKEVIEW = "lakeview-harbour";
    static final String PINECREST = "pinecrest";
    static final String DEMO_PASSWORD = "council-demo-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Http http() throws Exception {
        return new Http(base.toURI());
    }

    private static JsonArray array(HttpResponse<String> r) {
        return (JsonArray) Http.json(r);
    }

    /** Creates a user in Lakeview Harbour as its demo administrator; returns the new account's id. */
    private long createLakeviewUser(String name, String displayName, String password, String... roles)
            throws Exception {
        return http().as("admin", DEMO_PASSWORD).createUser(LAKEVIEW, name, displayName, password, roles);
    }

    @Test
    void homePageShowsUpcomingMeetingsAndSignInInTheMunicipalitysLanguage() throws Exception {
        HttpResponse<String> lakeview = http().get("m/" + LAKEVIEW + "/");
        assertEquals(200, lakeview.statusCode());
        assertTrue(lakeview.body().contains("lang=\"en\""));
        assertTrue(lakeview.body().contains("Town of Lakeview Harbour"));
        assertTrue(lakeview.body().contains("Upcoming meetings"));
        assertTrue(lakeview.body().contains("Regular Council Meeting"));
        assertTrue(lakeview.body().contains("id=\"sign-in-link\""));
        HttpResponse<String> pinecrest = http().get("m/" + PINECREST + "/");
        assertTrue(pinecrest.body().contains("lang=\"fr\""), "Pinecrest speaks French first");
        assertTrue(pinecrest.body().contains("Prochaines séances"));
        assertTrue(http().get("m/" + PINECREST + "/?lang=en").body().contains("Upcoming meetings"));
        assertEquals(404, http().get("m/atlantis/").statusCode());
    }

    @Test
    void securityHeadersAreSet() throws Exception {
        HttpResponse<String> r = http().get("m/" + LAKEVIEW + "/");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null));
    }

    @Test
    void healthSaysUpToAnyoneAndItsDetailsToAdministratorsOnly() throws Exception {
        HttpResponse<String> r = http().get("health");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject health = (JsonObject) Http.json(r);
        assertEquals("UP", health.getString("status"));
        assertEquals(1, health.size(), "no versions or hosts for anyone: " + health);
        HttpResponse<String> details = http().as("admin", DEMO_PASSWORD).get("api/m/" + LAKEVIEW + "/health");
        assertEquals(200, details.statusCode(), details.body());
        assertTrue(details.body().contains("PostgreSQL") || details.body().contains("\"database\""), details.body());
        assertEquals(403, http().as("clerk", DEMO_PASSWORD).get("api/m/" + LAKEVIEW + "/health").statusCode());
        assertEquals(401, http().get("api/m/" + LAKEVIEW + "/health").statusCode());
    }

    @Test
    void guessedPasswordsAreMadeToWaitOverBasicAndOnTheSignInPage() throws Exception {
        String password = "a long passphrase for this test";
        createLakeviewUser("guessme", "Guess Me", password, "clerk");
        String api = "api/m/" + LAKEVIEW + "/meetings?limit=1";
        for (int i = 0; i < 3; i++) {
            assertEquals(401, http().as("guessme", "wrong " + i).get(api).statusCode());
        }
        HttpResponse<String> slowed = http().as("guessme", password).get(api);
        assertEquals(429, slowed.statusCode(), "even the right password waits after three failures: " + slowed.body());
        assertEquals(200, http().as("guessme", password).getFor(api, "198.51.100.7").statusCode(),
                "meanwhile the real user, from another address (behind the trusted proxy), gets in");
        assertEquals(429, http().as("guessme", password).getFor(api, "127.0.0.1").statusCode(),
                "the address the proxy forwards is the one throttled");
        long retryAfter = Long.parseLong(slowed.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "2 s after the third failure: " + retryAfter);
        Http page = http();
        HttpResponse<String> signIn = page.signIn(LAKEVIEW, "guessme", password);
        assertTrue(signIn.body().contains("Too many failed sign-ins"), "the sign-in page says why");
        int nowhere = http().as("guessme", "wrong").get("api/m/atlantis/meetings").statusCode();
        assertTrue(nowhere == 401 || nowhere == 404, "credentials at the address of no municipality: " + nowhere);
        Thread.sleep(1000 * (retryAfter + 1));
        assertEquals(200, http().as("guessme", password).get(api).statusCode(), "waited out, the user gets in");
    }

    @Test
    void apiWritesNeedAJsonBodyAndASessionCookieAloneMustComeFromThisSite() throws Exception {
        long meeting = ((jakarta.json.JsonArray) Http.json(http().get("api/m/" + LAKEVIEW + "/meetings?limit=1")))
                .getJsonObject(0).getJsonNumber("id").longValue();
        String packet = "api/m/" + LAKEVIEW + "/meetings/" + meeting + "/packet";
        Http clerk = http().as("clerk", DEMO_PASSWORD);
        assertEquals(415, clerk.postFrom(packet, "application/x-www-form-urlencoded", "a=1", null).statusCode(),
                "a form another site could post with cached credentials");
        assertEquals(415, clerk.postFrom("api/m/" + LAKEVIEW + "/meetings/" + meeting + "/live/call-to-order", null,
                null, null).statusCode(), "a body-less command");
        Http page = http();
        page.signIn(LAKEVIEW, "clerk", DEMO_PASSWORD);
        HttpResponse<String> crossSite = page.postFrom(packet, "application/json", "{}", "https://evil.example");
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        assertEquals(403, page.postFrom(packet, "application/json", "{}", null).statusCode(), "no origin at all");
        String self = base.getProtocol() + "://" + base.getAuthority();
        HttpResponse<String> sameSite = page.postFrom(packet, "application/json", "{}", self);
        assertTrue(sameSite.statusCode() != 403 && sameSite.statusCode() != 415, sameSite.statusCode() + " "
                + sameSite.body());
    }

    @Test
    void answersReadWithCredentialsAreNeverCachedAndEveryAnswerVariesByThem() throws Exception {
        HttpResponse<String> member = http().as("clerk", DEMO_PASSWORD).get("api/m/" + LAKEVIEW + "/meetings?limit=5");
        assertEquals(200, member.statusCode());
        assertEquals("private, no-store", member.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(member.headers().firstValue("Vary").orElse("").contains("Authorization"));
        HttpResponse<String> anyone = http().get("api/m/" + LAKEVIEW + "/meetings?limit=5");
        assertTrue(anyone.headers().firstValue("Vary").orElse("").contains("Cookie"),
                "a shared cache must not hand a member's version to anyone, nor the reverse");
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        HttpResponse<String> r = http().get("openapi");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/api/m/{municipality}/users"), r.body());
        assertTrue(r.body().contains("/api/municipalities"));
    }

    @Test
    void publicReadsAreAnonymousAndWritesNeedCredentials() throws Exception {
        HttpResponse<String> meetings = http().get("api/m/" + LAKEVIEW + "/meetings");
        assertEquals(200, meetings.statusCode());
        assertFalse(array(meetings).isEmpty());
        HttpResponse<String> users = http().get("api/m/" + LAKEVIEW + "/users");
        assertEquals(401, users.statusCode());
        assertTrue(users.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(403, http().as("clerk", DEMO_PASSWORD).get("api/m/" + LAKEVIEW + "/users").statusCode(),
                "a clerk is not an administrator");
        assertEquals(401, http().as("admin", "wrong password!").get("api/m/" + LAKEVIEW + "/users").statusCode());
    }

    @Test
    void badInputIsRefusedWithEveryReasonAndStoresNothing() throws Exception {
        Http admin = http().as("admin", DEMO_PASSWORD);
        int before = array(admin.get("api/m/" + LAKEVIEW + "/users?max=500")).size();
        HttpResponse<String> r = admin.postJson("api/m/" + LAKEVIEW + "/users",
                "{\"username\":\"X\",\"displayName\":\"\",\"email\":\"nope\",\"password\":\"short\"}");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(4, ((JsonObject) Http.json(r)).getJsonArray("errors").size(), r.body());
        assertEquals(400, admin.postJson("api/m/" + LAKEVIEW + "/users", "{\"username\":\"okname\","
                + "\"displayName\":\"Ok\",\"email\":\"ok@example.org\",\"password\":\"long enough pass\","
                + "\"roles\":[\"emperor\"]}").statusCode());
        assertEquals(before, array(admin.get("api/m/" + LAKEVIEW + "/users?max=500")).size());
    }

    @Test
    void aUserOfOneMunicipalityCanNeitherReadNorChangeTheOther() throws Exception {
        String name = "iso" + UUID.randomUUID().toString().substring(0, 8);
        String password = "isolation test passphrase";
        Http lakeAdmin = http().as("admin", DEMO_PASSWORD);
        long id = createLakeviewUser(name, "Isolation Tester", password, "administrator", "clerk");

        // the API: the user's credentials mean nothing in the other municipality
        Http lakeUser = http().as(name, password);
        assertEquals(200, lakeUser.get("api/m/" + LAKEVIEW + "/users").statusCode());
        assertEquals(401, lakeUser.get("api/m/" + PINECREST + "/users").statusCode());
        assertEquals(401, lakeUser.postJson("api/m/" + PINECREST + "/users", "{\"username\":\"planted\","
                + "\"displayName\":\"Planted\",\"email\":\"p@example.org\",\"password\":\"planted password\"}")
                .statusCode());
        assertEquals(401, lakeUser.get("api/m/" + PINECREST + "/audit/verification").statusCode());

        // the other municipality's administrator cannot reach the user by its id, nor change it
        Http pineAdmin = http().as("admin", DEMO_PASSWORD);
        assertEquals(404, pineAdmin.get("api/m/" + PINECREST + "/users/" + id).statusCode());
        assertEquals(404, pineAdmin.putJson("api/m/" + PINECREST + "/users/" + id + "/roles", "{\"roles\":[]}")
                .statusCode());
        assertFalse(pineAdmin.get("api/m/" + PINECREST + "/users?max=500").body().contains(name));
        assertFalse(pineAdmin.get("api/m/" + PINECREST + "/users?max=500").body().contains("planted"));
        JsonObject unchanged = (JsonObject) Http.json(lakeAdmin.get("api/m/" + LAKEVIEW + "/users/" + id));
        assertEquals(2, unchanged.getJsonArray("roles").size());

        // pages: signed in to Lakeview Harbour, nothing of Pinecrest opens, not even through the API with the session
        Http browser = http();
        browser.get("m/" + LAKEVIEW + "/login");
        String before = browser.sessionId();
        HttpResponse<String> signedIn = browser.signIn(LAKEVIEW, name, password);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/m/" + LAKEVIEW + "/workspace"));
        assertNotNull(before);
        assertNotEquals(before, browser.sessionId(), "the session id changes at sign-in");
        assertEquals(200, browser.get("m/" + LAKEVIEW + "/admin/users").statusCode());
        assertEquals(403, browser.get("m/" + PINECREST + "/admin/users").statusCode());
        assertEquals(403, browser.get("m/" + PINECREST + "/").statusCode());
        assertEquals(403, browser.get("api/m/" + PINECREST + "/users").statusCode());

        // and both chains are intact
        JsonObject lake = (JsonObject) Http.json(lakeAdmin.get("api/m/" + LAKEVIEW + "/audit/verification"));
        JsonObject pine = (JsonObject) Http.json(pineAdmin.get("api/m/" + PINECREST + "/audit/verification"));
        assertTrue(lake.getBoolean("intact"), lake.toString());
        assertTrue(pine.getBoolean("intact"), pine.toString());
    }

    @Test
    void anAdministratorGrantsRolesButCannotLockThemselfOut() throws Exception {
        String name = "adm" + UUID.randomUUID().toString().substring(0, 8);
        String password = "administrator passphrase";
        Http lakeAdmin = http().as("admin", DEMO_PASSWORD);
        long id = createLakeviewUser(name, "Second Admin", password, "administrator");

        HttpResponse<String> lockout = http().as(name, password).putJson("api/m/" + LAKEVIEW + "/users/" + id
                + "/roles", "{\"roles\":[\"clerk\"]}");
        assertEquals(400, lockout.statusCode(), lockout.body());
        assertTrue(lockout.body().contains("cannot remove the administrator role from your own account"));

        HttpResponse<String> granted = lakeAdmin.putJson("api/m/" + LAKEVIEW + "/users/" + id + "/roles",
                "{\"roles\":[\"administrator\",\"foi-officer\"]}");
        assertEquals(200, granted.statusCode(), granted.body());
        JsonObject user = (JsonObject) Http.json(lakeAdmin.get("api/m/" + LAKEVIEW + "/users/" + id));
        assertEquals(2, user.getJsonArray("roles").size());
        assertTrue(user.getJsonArray("roles").toString().contains("FOI_OFFICER"), user.toString());
        // the new role takes effect at the next request
        assertEquals(200, http().as(name, password).get("api/m/" + LAKEVIEW + "/users").statusCode());
    }

    @Test
    void staffPagesSendAnonymousVisitorsToSignInAndRefuseOtherRoles() throws Exception {
        HttpResponse<String> r = http().get("m/" + LAKEVIEW + "/admin/users");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/m/" + LAKEVIEW + "/login?next="));
        Http clerk = http();
        assertEquals(302, clerk.signIn(LAKEVIEW, "clerk", DEMO_PASSWORD).statusCode());
        assertEquals(200, clerk.get("m/" + LAKEVIEW + "/clerk/").statusCode());
        assertEquals(403, clerk.get("m/" + LAKEVIEW + "/admin/users").statusCode());
        Http returning = http();
        returning.get("m/" + LAKEVIEW + "/login?next=/clerk/");
        HttpResponse<String> back = returning.signIn(LAKEVIEW, "clerk", DEMO_PASSWORD, "/clerk/");
        assertTrue(back.headers().firstValue("Location").orElse("").endsWith("/m/" + LAKEVIEW + "/clerk/"),
                "back to the page that asked for sign-in");
        assertTrue(http().signIn(LAKEVIEW, "clerk", DEMO_PASSWORD, "https://evil.example/").headers()
                .firstValue("Location").orElse("").endsWith("/m/" + LAKEVIEW + "/workspace"), "no open redirect");
        Http wrong = http();
        HttpResponse<String> refused = wrong.signIn(LAKEVIEW, "clerk", "not the password");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("User name or password not accepted."));
    }
}
