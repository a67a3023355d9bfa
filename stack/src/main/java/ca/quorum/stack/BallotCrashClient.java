package ca.quorum.stack;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * The ballot half of the crash test ({@code ./quorum test}): as the clerk, runs votes on the demo council meeting
 * and records every member's ballot, retrying through the server's death and restart with the same ballot ids.
 * After the first round it writes {@code READY_FILE}, so the launcher kills the server with SIGKILL mid-stream.
 * Then it checks: every acknowledged ballot is in the log exactly once, no ballot id appears twice, and each closed
 * vote's tally equals the ballot rows stored for it. Exit status 0 when all holds.
 * <p>
 * Arguments: base URL, JDBC URL of the database, rounds, ready file.
 */
public final class BallotCrashClient {

    private static final String PASSWORD = "council-demo-2026";
    private static final Duration DEADLINE = Duration.ofMinutes(4);

    private final URI base;
    private HttpClient http = newClient();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString(("clerk:" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8));
    private int interrupted;

    /** HTTP/1.1 only: no upgrade attempts, and a fresh client (no pooled connection to a dead server) after a failure. */
    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3))
                .build();
    }

    private BallotCrashClient(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        BallotCrashClient client = new BallotCrashClient(URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/"));
        System.exit(client.run(args[1], Integer.parseInt(args[2]), Path.of(args[3])) ? 0 : 1);
    }

    private record Answer(int status, JsonStructure body) {
    }

    /** Sends until the server answers (any status but 5xx), through refused connections and restarts. */
    private Answer send(String method, String path, String json) throws InterruptedException {
        long giveUp = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                        .header("Authorization", auth).header("Content-Type", "application/json");
                request = "GET".equals(method) ? request.GET()
                        : request.POST(HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json));
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String body = response.body() == null ? "" : response.body().strip();
                JsonStructure parsed = body.startsWith("{") || body.startsWith("[")
                        ? Json.createReader(new StringReader(body)).read() : null;
                // 5xx, or the server's own 404 while the application is not yet deployed: not an answer yet
                if (response.statusCode() < 500 && !(response.statusCode() == 404 && parsed == null)) {
                    return new Answer(response.statusCode(), parsed);
                }
            } catch (IOException e) {
                // the server is down or restarting: try again with the same request, on new connections
                http = newClient();
            }
            interrupted++;
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException(method + " " + path + " got no answer within " + DEADLINE);
            }
            Thread.sleep(250);
        }
    }

    private JsonObject state(String live) throws InterruptedException {
        return (JsonObject) send("GET", live, null).body();
    }

    boolean run(String jdbcUrl, int rounds, Path ready) throws Exception {
        DemoMeeting demo = DemoMeeting.find(path -> {
            Answer answer = send("GET", path, null);
            return answer.status() == 200 && answer.body() != null ? answer.body().toString() : null;
        });
        long meeting = demo.id();
        String live = demo.live();
        Map<String, Long> members = demo.members();
        JsonObject state = state(live);
        if (state.getString("status").equals("SCHEDULED")) {
            for (long member : members.values()) {
                send("POST", live + "/attendance", "{\"member\":" + member + ",\"presence\":\"IN_PERSON\"}");
            }
            send("POST", live + "/call-to-order", "{}");
        }
        if (!state(live).containsKey("currentItemId")) {
            send("POST", live + "/item", "{\"number\":\"6.1\"}");
        }
        long mover = members.get("Councillor Amara Okafor");
        long seconder = members.get("Councillor Benoît Lapointe");
        Set<String> acknowledged = new LinkedHashSet<>();
        for (int round = 1; round <= rounds; round++) {
            String text = "Crash round " + round + ": that the ballots be counted exactly once.";
            long motion = motionWithText(state(live), text);
            if (motion < 0) {
                send("POST", live + "/motions", "{\"mover\":" + mover + ",\"text\":\"" + text + "\"}");
                motion = motionWithText(state(live), text);
            }
            JsonObject current = state(live);
            if (seconderOf(current, motion) == null) {
                send("POST", live + "/motions/" + motion + "/seconder", "{\"member\":" + seconder + "}");
            }
            if (!current.containsKey("openVote")
                    || current.getJsonObject("openVote").getJsonNumber("motion").longValue() != motion) {
                send("POST", live + "/motions/" + motion + "/vote", "{\"recorded\":true}");
            }
            for (long member : members.values()) {
                String ballotId = "crash-" + meeting + "-" + round + "-" + member;
                String choice = member % 2 == 0 ? "YES" : "NO";
                Answer answer = send("POST", live + "/ballots", "{\"member\":" + member + ",\"choice\":\"" + choice
                        + "\",\"ballotId\":\"" + ballotId + "\"}");
                if (answer.status() != 200) {
                    System.err.println("ballot " + ballotId + " refused: " + answer.body());
                    return false;
                }
                acknowledged.add(ballotId);
            }
            send("POST", live + "/vote/close", "{}");
            if (round == 1) {
                Files.writeString(ready, "casting");
            }
        }

        // the checks
        Map<String, Integer> logged = new HashMap<>();
        Map<Long, int[]> tallies = new LinkedHashMap<>();
        for (JsonValue value : (JsonArray) send("GET", live + "/log", null).body()) {
            JsonObject entry = (JsonObject) value;
            JsonObject event = entry.getJsonObject("event");
            switch (entry.getString("type")) {
                case "BallotCast" -> logged.merge(event.getString("ballotId"), 1, Integer::sum);
                case "VoteClosed" -> tallies.put(event.getJsonNumber("vote").longValue(), new int[] {
                    event.getJsonObject("tally").getInt("yes"), event.getJsonObject("tally").getInt("no")});
                default -> { }
            }
        }
        boolean ok = true;
        for (String id : acknowledged) {
            if (logged.getOrDefault(id, 0) != 1) {
                System.err.println("acknowledged ballot " + id + " is in the log " + logged.getOrDefault(id, 0)
                        + " times");
                ok = false;
            }
        }
        for (Map.Entry<String, Integer> e : logged.entrySet()) {
            if (e.getValue() > 1) {
                System.err.println("ballot " + e.getKey() + " was recorded " + e.getValue() + " times");
                ok = false;
            }
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement s = c.prepareStatement("select count(*) filter (where choice = 'YES'), "
                     + "count(*) filter (where choice = 'NO') from ballot where meeting_id = ? and vote_no = ?")) {
            for (Map.Entry<Long, int[]> tally : tallies.entrySet()) {
                s.setLong(1, meeting);
                s.setLong(2, tally.getKey());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) != tally.getValue()[0] || r.getInt(2) != tally.getValue()[1]) {
                        System.err.println("vote " + tally.getKey() + ": tally " + tally.getValue()[0] + "/"
                                + tally.getValue()[1] + " but stored ballots " + r.getInt(1) + "/" + r.getInt(2));
                        ok = false;
                    }
                }
            }
        }
        System.out.println("crash test: " + acknowledged.size() + " ballots acknowledged, each stored once; "
                + tallies.size() + " votes closed, every tally equal to the stored ballots; " + interrupted
                + " requests retried through the restart" + (ok ? "" : "; FAILED"));
        if (interrupted == 0) {
            System.err.println("the server was never seen down: the crash did not happen during the ballots");
            return false;
        }
        return ok;
    }

    private static long motionWithText(JsonObject state, String text) {
        return state.getJsonArray("motions").stream().map(JsonObject.class::cast)
                .filter(m -> m.getString("text").equals(text)).mapToLong(m -> m.getJsonNumber("id").longValue())
                .max().orElse(-1);
    }

    private static String seconderOf(JsonObject state, long motion) {
        return state.getJsonArray("motions").stream().map(JsonObject.class::cast)
                .filter(m -> m.getJsonNumber("id").longValue() == motion && m.containsKey("seconder"))
                .map(m -> m.getString("seconder")).findFirst().orElse(null);
    }
}
