package ca.quorum.web.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

/** A small HTTP client for tests: Basic credentials, a cookie jar for page sessions, JSON bodies. */
final class Http {

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String basic;

    Http(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    Http as(String username, String password) {
        basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Sends a personal API token ({@code Authorization: Bearer}) instead of Basic credentials. */
    Http bearer(String token) {
        basic = "Bearer " + token;
        return this;
    }

    /** A DELETE with the JSON content type every API write carries. */
    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").DELETE());
    }

    /** A request with headers of the caller's choosing (name, value, name, value…). */
    HttpResponse<String> send(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A request with a body of bytes (or none) and headers of the caller's choosing. */
    HttpResponse<String> sendBytes(String method, String path, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** A GET as if forwarded by a reverse proxy for {@code client} ({@code X-Forwarded-For}). */
    HttpResponse<String> getFor(String path, String client) throws IOException, InterruptedException {
        return send(request(path).header("X-Forwarded-For", client).GET());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST as a browser page of {@code origin} would send it (no credentials but the session cookie). */
    HttpResponse<String> postFrom(String path, String contentType, String body, String origin)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).POST(body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    /**
     * Creates a user through the administration API, as this client's caller (an administrator of
     * {@code municipality}); fails the test unless it is created. Returns the new account's id.
     */
    long createUser(String municipality, String username, String displayName, String password, String... roles)
            throws IOException, InterruptedException {
        jakarta.json.JsonArrayBuilder list = Json.createArrayBuilder();
        for (String role : roles) {
            list.add(role);
        }
        HttpResponse<String> created = postJson("api/m/" + municipality + "/users", Json.createObjectBuilder()
                .add("username", username).add("displayName", displayName).add("email", username + "@example.org")
                .add("password", password).add("roles", list).build().toString());
        org.junit.jupiter.api.Assertions.assertEquals(201, created.statusCode(), created.body());
        return ((jakarta.json.JsonObject) json(created)).getJsonNumber("id").longValue();
    }

    HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the sign-in page of a municipality, as a browser would; returns the final answer. */
    HttpResponse<String> signIn(String slug, String username, String password)
            throws IOException, InterruptedException {
        return signIn(slug, username, password, "");
    }

    HttpResponse<String> signIn(String slug, String username, String password, String next)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get("m/" + slug + "/login");
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"")
                .matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on the sign-in page");
        }
        return postForm("m/" + slug + "/login.xhtml", Map.of("signin", "signin", "signin:username", username,
                "signin:password", password, "signin:next", next, "signin:submit", "Sign in",
                "jakarta.faces.ViewState", state.group(1), "primefaces.nonce", nonce(page)));
    }

    /**
     * The page's script nonce, which a form posted back must carry (PrimeFaces' CSP mode; in a browser its script adds
     * it to every form).
     */
    static String nonce(HttpResponse<String> page) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(page.headers()
                .firstValue("Content-Security-Policy").orElse(""));
        if (!nonce.find()) {
            throw new IllegalStateException("no script nonce in the page's content security policy");
        }
        return nonce.group(1);
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    private HttpRequest.Builder request(String path) {
        // not base.resolve(path): that would normalise the odd paths some tests send on purpose
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30));
        if (basic != null) {
            b.header("Authorization", basic);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
