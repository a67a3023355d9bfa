package ca.quorum.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

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
 * Issue 13 over HTTP against the running server: personal API tokens, sessions that end when an account changes,
 * and what the API says when it refuses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    static final String LAKEVIEW = "lakeview-harbour";
    static final String DEMO_PASSWORD = "council-demo-2026";
    static final String TOKENS = "api/m/" + LAKEVIEW + "/tokens";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Http http() throws Exception {
        return new Http(base.toURI());
    }

    private Http admin() throws Exception {
        return http().as("admin", DEMO_PASSWORD);
    }

    private long createUser(String name, String password, String... roles) throws Exception {
        return admin().createUser(LAKEVIEW, name, name, password, roles);
    }

    private static JsonObject object(HttpResponse<String> r) {
        return (JsonObject) Http.json(r);
    }

    private String makeToken(Http as, String name, String scope) throws Exception {
        HttpResponse<String> made = as.postJson(TOKENS, "{\"name\":\"" + name + "\",\"scope\":\"" + scope
                + "\",\"days\":30}");
        assertEquals(201, made.statusCode(), made.body());
        assertEquals("no-store", made.headers().firstValue("Cache-Control").orElse(""), "the secret is not cached");
        String secret = object(made).getString("secret");
        assertTrue(secret.matches("qrm_[A-Za-z0-9_-]{43}"), secret);
        return secret;
    }

    @Test
    void personalTokensWorkWithinTheirScopeAndMunicipalityAndShowTheirLastUse() throws Exception {
        String password = "Tokens need a long passphrase 7";
        createUser("tokensmith", password, "clerk");
        Http owner = http().as("tokensmith", password);
        String read = makeToken(owner, "nightly export", "read");

        HttpResponse<String> listed = http().bearer(read).get(TOKENS);
        assertEquals(200, listed.statusCode(), listed.body());
        JsonObject first = ((JsonArray) Http.json(listed)).getJsonObject(0);
        assertEquals("nightly export", first.getString("name"));
        assertEquals("READ", first.getString("scope"));
        assertTrue(first.containsKey("lastUsedAt"), "the owner sees the token's last use: " + first);
        assertFalse(listed.body().contains("qrm_"), "a listing never carries a secret");
        assertFalse(listed.body().contains("Hash") || listed.body().contains("hash"), "nor its hash");

        HttpResponse<String> readWrites = http().bearer(read).postJson(TOKENS, "{\"name\":\"x\",\"scope\":\"read\"}");
        assertEquals(403, readWrites.statusCode(), "a read token cannot write");
        assertTrue(readWrites.headers().firstValue("WWW-Authenticate").orElse("").contains("insufficient_scope"));

        String write = makeToken(owner, "agenda robot", "write");
        HttpResponse<String> byToken = http().bearer(write).postJson(TOKENS,
                "{\"name\":\"made by a token\",\"scope\":\"read\",\"days\":1}");
        assertEquals(201, byToken.statusCode(), "a write token writes, as its owner: " + byToken.body());
        HttpResponse<String> clerkOnly = http().bearer(write).get("api/m/" + LAKEVIEW + "/users");
        assertEquals(403, clerkOnly.statusCode(), "a token has its owner's roles, no more");

        assertEquals(401, http().bearer(read).get("api/m/pinecrest/tokens").statusCode(),
                "a Lakeview Harbour token is no credential in Pinecrest");
        HttpResponse<String> madeUp = http().bearer("qrm_" + "A".repeat(43)).get(TOKENS);
        assertEquals(401, madeUp.statusCode());
        assertTrue(madeUp.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, http().bearer("not even a token").get(TOKENS).statusCode());

        long readId = first.getJsonNumber("id").longValue();
        assertEquals(404, http().as("clerk", DEMO_PASSWORD).delete(TOKENS + "/" + readId).statusCode(),
                "another user's token is not theirs to revoke, nor to know of");
        HttpResponse<String> revoked = owner.delete(TOKENS + "/" + readId);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals("BY_OWNER", object(revoked).getString("revokedBecause"));
        assertEquals(401, http().bearer(read).get(TOKENS).statusCode(), "a revoked token stops at once");

        HttpResponse<String> all = admin().get(TOKENS + "/all");
        assertEquals(200, all.statusCode());
        JsonObject robot = ((JsonArray) Http.json(all)).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals("agenda robot")).findFirst().orElseThrow();
        assertEquals("tokensmith", robot.getString("owner"));
        HttpResponse<String> byAdmin = admin().delete(TOKENS + "/" + robot.getJsonNumber("id").longValue());
        assertEquals("BY_ADMINISTRATOR", object(byAdmin).getString("revokedBecause"));
        assertEquals(401, http().bearer(write).get(TOKENS).statusCode());
        assertEquals(403, owner.get(TOKENS + "/all").statusCode(), "only administrators list everyone's tokens");
    }

    @Test
    void aBadTokenRequestIsRefusedWithEveryReasonInTheCallersLanguageAndStoresNothing() throws Exception {
        String password = "Another long passphrase 42";
        createUser("tokenless", password, "report-author");
        Http owner = http().as("tokenless", password);
        HttpResponse<String> refused = owner.postJson(TOKENS, "{\"name\":\" \",\"scope\":\"root\",\"days\":0}");
        assertEquals(400, refused.statusCode());
        JsonArray errors = object(refused).getJsonArray("errors");
        assertEquals(3, errors.size(), refused.body());
        HttpResponse<String> french = owner.send("POST", TOKENS, "{\"name\":\"x\",\"scope\":\"read\",\"days\":400}",
                "Content-Type", "application/json", "Accept-Language", "fr");
        assertTrue(french.body().contains("Un jeton vit de 1 à 366 jours"), french.body());
        assertEquals("[]", owner.get(TOKENS).body().strip(), "nothing was stored");
    }

    @Test
    void changingRolesResettingThePasswordOrDisablingEndsSessionsAndTokens() throws Exception {
        String password = "Sessions end when roles change 9";
        long id = createUser("sessionsmith", password, "clerk");
        String users = "api/m/" + LAKEVIEW + "/users/" + id;

        Http browser = http();
        browser.signIn(LAKEVIEW, "sessionsmith", password);
        assertEquals(200, browser.get("m/" + LAKEVIEW + "/clerk/").statusCode(), "signed in as a clerk");
        String token = makeToken(http().as("sessionsmith", password), "before the change", "read");

        assertEquals(200, admin().putJson(users + "/roles", "{\"roles\":[\"clerk\",\"councillor\"]}").statusCode());
        assertEquals(302, browser.get("m/" + LAKEVIEW + "/clerk/").statusCode(), "a change of roles ends the session");
        assertEquals(401, http().bearer(token).get(TOKENS).statusCode(), "and revokes the tokens");
        HttpResponse<String> mine = http().as("sessionsmith", password).get(TOKENS);
        assertTrue(mine.body().contains("ROLES_CHANGED"), mine.body());

        browser = http();
        browser.signIn(LAKEVIEW, "sessionsmith", password);
        assertEquals(200, browser.get("m/" + LAKEVIEW + "/clerk/").statusCode());
        String newPassword = "A password reset by the admin 5";
        HttpResponse<String> weak = admin().putJson(users + "/password", "{\"password\":\"short\"}");
        assertEquals(400, weak.statusCode(), "the password policy holds for resets too");
        assertEquals(200, browser.get("m/" + LAKEVIEW + "/clerk/").statusCode(), "a refused reset changes nothing");
        assertEquals(200, admin().putJson(users + "/password", "{\"password\":\"" + newPassword + "\"}").statusCode());
        assertEquals(302, browser.get("m/" + LAKEVIEW + "/clerk/").statusCode(), "a reset ends the session");
        assertEquals(401, http().as("sessionsmith", password).get(TOKENS).statusCode(), "the old password is gone");
        assertEquals(200, http().as("sessionsmith", newPassword).get(TOKENS).statusCode());

        browser = http();
        browser.signIn(LAKEVIEW, "sessionsmith", newPassword);
        token = makeToken(http().as("sessionsmith", newPassword), "before disabling", "read");
        HttpResponse<String> disabled = admin().send("POST", users + "/disabled", null,
                "Content-Type", "application/json");
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertFalse(object(disabled).getBoolean("enabled"));
        assertEquals(302, browser.get("m/" + LAKEVIEW + "/clerk/").statusCode(), "disabling ends the session");
        assertEquals(401, http().bearer(token).get(TOKENS).statusCode());
        assertEquals(401, http().as("sessionsmith", newPassword).get(TOKENS).statusCode());
        HttpResponse<String> page = http().signIn(LAKEVIEW, "sessionsmith", newPassword);
        assertFalse(page.statusCode() == 302 && page.headers().firstValue("Location").orElse("").contains("workspace"),
                "a disabled account cannot sign in");

        assertEquals(200, admin().delete(users + "/disabled").statusCode());
        assertEquals(200, http().as("sessionsmith", newPassword).get(TOKENS).statusCode(), "enabled again");
        assertEquals(401, http().bearer(token).get(TOKENS).statusCode(), "its old tokens stay revoked");

        HttpResponse<String> self = admin().send("POST", "api/m/" + LAKEVIEW + "/users/" + adminId() + "/disabled",
                null, "Content-Type", "application/json");
        assertEquals(400, self.statusCode(), "an administrator cannot disable their own account");
    }

    private long adminId() throws Exception {
        return ((JsonArray) Http.json(admin().get("api/m/" + LAKEVIEW + "/users?max=500"))).getValuesAs(
                JsonObject.class).stream().filter(u -> u.getString("username").equals("admin")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void theWorkspaceMakesAndRevokesTokensShowingTheSecretOnce() throws Exception {
        String password = "Workspace token passphrase 3";
        createUser("pagetoken", password, "councillor");
        Http browser = http();
        browser.signIn(LAKEVIEW, "pagetoken", password);
        HttpResponse<String> workspace = browser.get("m/" + LAKEVIEW + "/workspace");
        assertEquals(200, workspace.statusCode());
        assertTrue(workspace.body().contains("id=\"tokens:token-name\""), "the form is there");
        String state = viewState(workspace.body());
        HttpResponse<String> made = browser.postForm("m/" + LAKEVIEW + "/workspace.xhtml", Map.of("tokens", "tokens",
                "tokens:token-name", "tablet sync", "tokens:token-scope", "READ", "tokens:token-days", "7",
                "tokens:create-token", "Make a token", "jakarta.faces.ViewState", state,
                "primefaces.nonce", Http.nonce(workspace)));
        assertEquals(200, made.statusCode());
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("id=\"token-secret\">(qrm_[^<]+)<")
                .matcher(made.body());
        assertTrue(secret.find(), "the secret is shown once");
        assertEquals(200, http().bearer(secret.group(1)).get(TOKENS).statusCode());
        HttpResponse<String> again = browser.get("m/" + LAKEVIEW + "/workspace");
        assertFalse(again.body().contains(secret.group(1)), "and never again");
        assertTrue(again.body().contains("tablet sync"));
    }

    private static String viewState(String page) {
        java.util.regex.Matcher state = java.util.regex.Pattern.compile(
                "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"").matcher(page);
        assertTrue(state.find(), "a form with view state");
        return state.group(1);
    }

    @Test
    void theMayorChairsCouncilOnlyAndNeverRecordsAnotherMembersBallot() throws Exception {
        JsonArray meetings = (JsonArray) Http.json(http().get("api/m/" + LAKEVIEW + "/meetings"));
        long committee = meetings.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("body").contains("Committee")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long council = meetings.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("body").contains("Council")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Http mayor = http().as("mayor", DEMO_PASSWORD);
        String live = "api/m/" + LAKEVIEW + "/meetings/" + committee + "/live/";
        String before = http().get(live).body();
        HttpResponse<String> callToOrder = mayor.postJson(live + "call-to-order", "{}");
        assertEquals(403, callToOrder.statusCode(), callToOrder.body());
        assertTrue(callToOrder.body().contains("do not preside over this body"), callToOrder.body());
        HttpResponse<String> french = mayor.send("POST", live + "attendance",
                "{\"member\":1,\"presence\":\"IN_PERSON\"}", "Content-Type", "application/json",
                "Accept-Language", "fr");
        assertEquals(403, french.statusCode());
        assertTrue(french.body().contains("Vous ne présidez pas cet organe"), french.body());
        assertEquals(before, http().get(live).body(), "nothing changed on the committee's meeting");

        HttpResponse<String> forAnother = mayor.postJson("api/m/" + LAKEVIEW + "/meetings/" + council
                + "/live/ballots", "{\"member\":1,\"choice\":\"YES\",\"ballotId\":\"mayor-for-another\"}");
        assertEquals(403, forAnother.statusCode(), "only the clerk records another member's vote: "
                + forAnother.body());
    }

    @Test
    void oddPathsAreRefusedBeforeAnyPageOrRuleSeesThem() throws Exception {
        String[] odd = {"m/" + LAKEVIEW + "/x/../admin/users.xhtml", "m/" + LAKEVIEW + "/admin/users;jsessionid=1",
            "m/" + LAKEVIEW + "/%61dmin/users.xhtml", "m//" + LAKEVIEW + "/admin/users",
            "m/" + LAKEVIEW + "//admin/users", "api/m/" + LAKEVIEW + "/%2e%2e/users", "m/" + LAKEVIEW + "/%00",
            "api/m/" + LAKEVIEW + "/users%2F1", "m/" + LAKEVIEW + "/%C3"};
        for (String path : odd) {
            for (Http as : new Http[] {http(), http().as("councillor", DEMO_PASSWORD)}) {
                HttpResponse<String> r = as.send("GET", path, null);
                assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " answered " + r.statusCode());
                assertFalse(r.body().contains("Exception") || r.body().contains("RESTEASY")
                        || r.body().contains("at ca.quorum"), path + ": " + r.body());
            }
        }
        HttpResponse<String> write = admin().send("POST", "api/m/" + LAKEVIEW + "/x/../users", "{}",
                "Content-Type", "application/json");
        assertEquals(400, write.statusCode(), "a write through a disguised path is refused too");
    }

    @Test
    void theOpenApiDescriptionCarriesTheSecurityHeadersOfPagesAndDescribesTokens() throws Exception {
        HttpResponse<String> r = http().get("openapi");
        assertEquals(200, r.statusCode());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertTrue(r.headers().firstValue("Referrer-Policy").isPresent());
        assertTrue(r.body().contains("bearer") && r.body().contains("/api/m/{municipality}/tokens"), r.body());
    }

    /** Opens the live socket of a meeting, optionally as a page of {@code origin}; what it got before it closed. */
    private java.util.List<String> socket(long meeting, String origin) throws Exception {
        java.util.List<String> got = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        java.net.http.WebSocket.Builder builder = java.net.http.HttpClient.newHttpClient().newWebSocketBuilder();
        if (origin != null) {
            builder.header("Origin", origin);
        }
        java.net.http.WebSocket ws = builder.buildAsync(java.net.URI.create(base.toString().replaceFirst("^http",
                "ws") + "live/" + LAKEVIEW + "/" + meeting), new java.net.http.WebSocket.Listener() {
                    @Override
                    public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket w,
                            CharSequence data, boolean last) {
                        got.add(data.toString());
                        done.countDown();
                        w.request(1);
                        return null;
                    }

                    @Override
                    public java.util.concurrent.CompletionStage<?> onClose(java.net.http.WebSocket w, int code,
                            String reason) {
                        got.add("closed " + code);
                        done.countDown();
                        return null;
                    }
                }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        done.await(10, java.util.concurrent.TimeUnit.SECONDS);
        ws.abort();
        return got;
    }

    @Test
    void theLiveSocketRefusesPagesOfOtherSitesAndCarriesOnlyThePublicState() throws Exception {
        JsonArray meetings = (JsonArray) Http.json(http().get("api/m/" + LAKEVIEW + "/meetings"));
        long meeting = meetings.getJsonObject(0).getJsonNumber("id").longValue();
        java.util.List<String> foreign = socket(meeting, "https://evil.example");
        assertEquals(java.util.List.of("closed 1008"), foreign, "a page of another site gets nothing");
        java.util.List<String> own = socket(meeting, base.toString().replaceAll("/$", ""));
        assertTrue(own.get(0).startsWith("{"), "a page of this site gets the state: " + own);
        java.util.List<String> script = socket(meeting, null);
        assertTrue(script.get(0).startsWith("{"), "a client that is no page gets it too: " + script);
        assertEquals("closed 1003", socket(999_999_999L, null).get(0), "no such meeting");
    }

    @Test
    void aThousandGuessesFromOneAddressAreThrottledWhileTheRealUserSignsInFromAnother() throws Exception {
        String password = "The real user's passphrase 11";
        createUser("abused", password, "clerk");
        String attacker = "203.0.113.66";
        int checked = 0;
        int locked = 0;
        int other = 0;
        long start = System.nanoTime();
        // a thousand guesses spread over a minute, one every 60 ms, as a patient script would send them
        for (int i = 0; i < 1000; i++) {
            long due = start + i * 60_000_000L;
            long now = System.nanoTime();
            if (due > now) {
                Thread.sleep((due - now) / 1_000_000L);
            }
            HttpResponse<String> r = http().as("abused", "guess number " + i + " of many").send("GET", TOKENS,
                    null, "X-Forwarded-For", attacker);
            if (r.statusCode() == 401) {
                checked++; // the password was checked, and refused
            } else if (r.statusCode() == 429) {
                locked++;
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
            } else {
                other++;
            }
        }
        double minutes = (System.nanoTime() - start) / 60e9;
        assertEquals(0, other, "every guess was refused, one way or the other");
        assertTrue(checked <= 10, "at most ten of a thousand guesses had their password checked: " + checked);
        HttpResponse<String> real = http().as("abused", password).send("GET", TOKENS, null, "X-Forwarded-For",
                "198.51.100.7");
        assertEquals(200, real.statusCode(), "the real user, from their own address, is not locked out");
        String summary = String.format(java.util.Locale.ROOT, "abuse: guesses=1000 checked=%d locked=%d over %.1f "
                + "minutes (%.1f checked guesses per minute)", checked, locked, minutes, checked / minutes);
        System.out.println(summary);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/security"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/security/abuse.txt"), summary + "\n");
    }

    @Test
    void overTlsAnswersCarryHstsAndAProxysForwardedProtoCountsOnlyFromATrustedProxy() throws Exception {
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509ExtendedTrustManager() {
            // the test server's self-signed certificate: trusted here, for this test only
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) {
            }

            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a, java.net.Socket s) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a, java.net.Socket s) {
            }

            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a,
                    javax.net.ssl.SSLEngine e) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a,
                    javax.net.ssl.SSLEngine e) {
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        int https = base.getPort() - 8080 + 8443; // the same port offset as the HTTP listener
        HttpResponse<String> overTls = java.net.http.HttpClient.newBuilder().sslContext(tls).build().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://127.0.0.1:" + https + "/m/" + LAKEVIEW
                        + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, overTls.statusCode());
        assertTrue(overTls.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="),
                "HTTPS answers carry HSTS");
        assertFalse(http().get("m/" + LAKEVIEW + "/").headers().firstValue("Strict-Transport-Security").isPresent(),
                "plain HTTP does not");
        HttpResponse<String> proxied = http().send("GET", "m/" + LAKEVIEW + "/", null, "X-Forwarded-Proto", "https");
        assertTrue(proxied.headers().firstValue("Strict-Transport-Security").isPresent(),
                "TLS ended at the trusted proxy (the tests stand in for it) counts as TLS");
    }

    @Test
    void theAuditNamesClosedItemsByTheirPublicDescriptionAndPublishesItsSealedAnchors() throws Exception {
        try (java.sql.Connection db = Database.connect();
                java.sql.ResultSet r = db.createStatement().executeQuery("select count(*) filter (where details "
                        + "like '%Lakeshore Road%'), count(*) filter (where details like '%Proposed acquisition of "
                        + "land%') from audit_entry where tenant = 'lakeview-harbour'")) {
            r.next();
            assertEquals(0, r.getLong(1), "the closed item's real title is nowhere in the audit log");
            assertTrue(r.getLong(2) > 0, "its public description names it there");
        }
        HttpResponse<String> anchors = http().get("api/m/" + LAKEVIEW + "/audit/anchors");
        assertEquals(200, anchors.statusCode(), "published to anyone");
        JsonObject today = ((JsonArray) Http.json(anchors)).getJsonObject(0);
        assertTrue(today.getString("hash").matches("[0-9a-f]{64}"), today.toString());
        assertTrue(today.getJsonNumber("sequence").longValue() > 0);
        assertFalse(anchors.body().contains("seal") || anchors.body().contains("details"), "hashes only");
        HttpResponse<String> verification = admin().get("api/m/" + LAKEVIEW + "/audit/verification");
        assertTrue(((JsonObject) Http.json(verification)).getBoolean("intact"), verification.body());
    }

    @Test
    void pagesAllowOnlyTheirOwnNoncedScriptsAndReportViolations() throws Exception {
        Http clerk = http();
        clerk.signIn(LAKEVIEW, "clerk", DEMO_PASSWORD);
        for (String page : new String[] {"m/" + LAKEVIEW + "/", "m/" + LAKEVIEW + "/search",
            "m/" + LAKEVIEW + "/clerk/calendar", "m/" + LAKEVIEW + "/login"}) {
            HttpResponse<String> r = (page.contains("/clerk/") ? clerk : http()).get(page);
            assertEquals(200, r.statusCode(), page);
            java.util.List<String> policies = r.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), "one policy, not two that would intersect: " + policies);
            String policy = policies.get(0);
            java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("script-src ([^;]*)").matcher(policy);
            assertTrue(scripts.find(), policy);
            assertFalse(scripts.group(1).contains("unsafe-inline") || scripts.group(1).contains("unsafe-eval"),
                    page + ": " + policy);
            java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(policy);
            assertTrue(nonce.find(), policy);
            assertTrue(policy.contains("report-uri /csp-report") && policy.contains("frame-ancestors 'none'"));
            // every inline script of the page carries the nonce, and no element carries an inline handler
            java.util.regex.Matcher inline = java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>")
                    .matcher(r.body());
            while (inline.find()) {
                assertTrue(inline.group(1).contains("nonce=\"" + nonce.group(1) + "\""), page + ": " + inline.group());
            }
            assertFalse(java.util.regex.Pattern.compile("\\son(click|change|load|submit|keyup|keydown)=\"")
                    .matcher(r.body()).find(), page + " has an inline event handler");
        }
        String api = http().get("api/m/" + LAKEVIEW + "/meetings").headers().firstValue("Content-Security-Policy")
                .orElse("");
        assertTrue(api.contains("script-src 'self';"), "other answers get the strict policy: " + api);
        HttpResponse<String> report = http().send("POST", "csp-report", "{\"csp-report\":{\"blocked-uri\":\"inline\"}}",
                "Content-Type", "application/csp-report");
        assertEquals(204, report.statusCode(), "violations are received (and logged)");
    }

    private static long closedReads() throws Exception {
        try (java.sql.Connection db = Database.connect(); java.sql.ResultSet r = db.createStatement().executeQuery(
                "select count(*) from audit_entry where tenant = 'lakeview-harbour' and action = 'ClosedRecordRead' "
                        + "and actor = 'foi@lakeview-harbour'")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void theFoiOfficersReadOfAClosedItemOverTheApiIsAuditedAndAMembersIsNot() throws Exception {
        JsonArray meetings = (JsonArray) Http.json(http().get("api/m/" + LAKEVIEW + "/meetings"));
        Http foi = http().as("foi", DEMO_PASSWORD);
        String agenda = null;
        for (JsonObject m : meetings.getValuesAs(JsonObject.class)) {
            String path = "api/m/" + LAKEVIEW + "/meetings/" + m.getJsonNumber("id").longValue() + "/agenda";
            if (http().get(path).statusCode() == 200 && http().as("clerk", DEMO_PASSWORD).get(path).body()
                    .contains("Lakeshore Road")) {
                agenda = path;
                break;
            }
        }
        assertTrue(agenda != null, "the demo meeting with a closed item");
        long before = closedReads();
        HttpResponse<String> read = foi.get(agenda);
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("Offer to purchase 22 Lakeshore Road"), "the FOI officer reads it all");
        assertEquals(before + 1, closedReads(), "and that read is in the audit trail");
        http().as("clerk", DEMO_PASSWORD).get(agenda);
        assertEquals(before + 1, closedReads(), "a member's read is part of their office, not recorded");
        assertFalse(http().get(agenda).body().contains("Lakeshore Road"), "the public version names no closed item");
    }

    @Test
    void theFrameworkNeverSpeaksForTheApi() throws Exception {
        HttpResponse<String> nowhere = http().get("api/m/" + LAKEVIEW + "/no-such-thing");
        assertEquals(404, nowhere.statusCode());
        assertFalse(nowhere.body().contains("RESTEASY"), nowhere.body());
        HttpResponse<String> wrongMethod = admin().delete("api/m/" + LAKEVIEW + "/meetings");
        assertEquals(405, wrongMethod.statusCode());
        assertFalse(wrongMethod.body().contains("RESTEASY"), wrongMethod.body());
        HttpResponse<String> malformed = admin().postJson(TOKENS, "{\"name\":");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertFalse(malformed.body().contains("RESTEASY") || malformed.body().contains("Exception"),
                malformed.body());
        HttpResponse<String> notANumber = admin().get("api/m/" + LAKEVIEW + "/users/abc");
        assertEquals(404, notANumber.statusCode(), notANumber.body());
        assertFalse(notANumber.body().contains("RESTEASY"), notANumber.body());
    }
}
