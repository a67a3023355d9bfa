package ca.quorum.stack;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The voting benchmark's client ({@code ./quorum bench voting}): subscribes N displays to the demo council meeting,
 * has the clerk record 9 members' ballots in several votes, and measures for every display the time from each
 * ballot's commit (the server's stamp, taken right after commit) to its receipt; then does the same fan-out through
 * the bare broadcast endpoint. Prints {@code voting: p50_ms=… p99_ms=… bare_p99_ms=… ratio=…}.
 * <p>
 * Arguments: base URL, displays, votes.
 */
public final class VotingBenchClient {

    private static final Pattern STAMP = Pattern.compile("\"committedAt\":(\\d+)");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString("clerk:council-demo-2026"
            .getBytes(StandardCharsets.UTF_8));

    private VotingBenchClient(URI base) {
        this.base = base;
    }

    /** A screen: counts what it receives and, while measuring, records each message's delay. */
    private static final class Display implements WebSocket.Listener {
        final AtomicInteger received = new AtomicInteger();
        final ConcurrentLinkedQueue<Long> delays;
        final boolean[] measuring;
        private final StringBuilder partial = new StringBuilder();

        Display(ConcurrentLinkedQueue<Long> delays, boolean[] measuring) {
            this.delays = delays;
            this.measuring = measuring;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.currentTimeMillis();
                Matcher m = STAMP.matcher(partial);
                if (m.find() && measuring[0]) {
                    delays.add(now - Long.parseLong(m.group(1)));
                }
                partial.setLength(0);
                received.incrementAndGet();
            }
            socket.request(1);
            return null;
        }
    }

    public static void main(String[] args) throws Exception {
        VotingBenchClient client = new VotingBenchClient(URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/"));
        client.run(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    }

    private JsonValue call(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", auth)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30));
        request = "GET".equals(method) ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    private List<Display> connect(String path, int count, ConcurrentLinkedQueue<Long> delays, boolean[] measuring)
            throws Exception {
        String ws = base.toString().replaceFirst("^http", "ws") + path;
        List<Display> displays = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Display display = new Display(delays, measuring);
            http.newWebSocketBuilder().buildAsync(URI.create(ws), display).get();
            displays.add(display);
        }
        return displays;
    }

    private static void await(List<Display> displays, int atLeast) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + 60_000;
        while (displays.stream().anyMatch(d -> d.received.get() < atLeast)) {
            if (System.currentTimeMillis() > giveUp) {
                throw new IllegalStateException("displays did not receive " + atLeast + " messages within a minute");
            }
            Thread.sleep(5);
        }
    }

    void run(int displayCount, int votes) throws Exception {
        DemoMeeting demo = DemoMeeting.find(path -> {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        });
        long meeting = demo.id();
        String live = demo.live();
        Map<String, Long> members = demo.members();
        JsonObject state = (JsonObject) call("GET", live, null);
        if (state.getString("status").equals("SCHEDULED")) {
            for (long member : members.values()) {
                call("POST", live + "/attendance", "{\"member\":" + member + ",\"presence\":\"IN_PERSON\"}");
            }
            call("POST", live + "/call-to-order", "{}");
            call("POST", live + "/item", "{\"number\":\"6.1\"}");
        }

        ConcurrentLinkedQueue<Long> delays = new ConcurrentLinkedQueue<>();
        boolean[] measuring = {false};
        List<Display> displays = connect("live/lakeview-harbour/" + meeting, displayCount, delays, measuring);
        int expected = 1; // the state each display gets on connecting
        await(displays, expected);
        long mover = members.get("Councillor Amara Okafor");
        long seconder = members.get("Councillor Benoît Lapointe");
        int ballots = 0;
        for (int v = 1; v <= votes; v++) {
            JsonObject moved = (JsonObject) call("POST", live + "/motions", "{\"mover\":" + mover
                    + ",\"text\":\"Benchmark motion " + v + " " + System.nanoTime() + "\"}");
            JsonArray motions = moved.getJsonArray("motions");
            long motion = motions.getJsonObject(motions.size() - 1).getJsonNumber("id").longValue();
            call("POST", live + "/motions/" + motion + "/seconder", "{\"member\":" + seconder + "}");
            call("POST", live + "/motions/" + motion + "/vote", "{\"recorded\":true}");
            expected += 3;
            await(displays, expected);
            measuring[0] = true;
            for (long member : members.values()) {
                call("POST", live + "/ballots", "{\"member\":" + member + ",\"choice\":\"YES\",\"ballotId\":\"bench-"
                        + motion + "-" + member + "\"}");
                ballots++;
            }
            expected += members.size();
            await(displays, expected);
            measuring[0] = false;
            call("POST", live + "/vote/close", "{}");
            expected++;
            await(displays, expected);
        }

        ConcurrentLinkedQueue<Long> bareDelays = new ConcurrentLinkedQueue<>();
        boolean[] bareMeasuring = {true};
        List<Display> bare = connect("bench/bare", displayCount, bareDelays, bareMeasuring);
        WebSocket sender = http.newWebSocketBuilder().buildAsync(URI.create(base.toString().replaceFirst("^http", "ws")
                + "bench/bare"), new Display(new ConcurrentLinkedQueue<>(), new boolean[] {false})).get();
        for (int i = 1; i <= ballots; i++) {
            sender.sendText("ballot " + i, true).get();
            await(bare, i);
        }

        long[] ours = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] peer = bareDelays.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = percentile(ours, 50);
        double p99 = percentile(ours, 99);
        double bareP99 = percentile(peer, 99);
        System.out.printf(Locale.ROOT, "measured: %d ballots x %d displays = %d receipts (bare: %d); bare p50 %.1f ms%n",
                ballots, displayCount, ours.length, peer.length, percentile(peer, 50));
        System.out.printf(Locale.ROOT, "voting: p50_ms=%.1f p99_ms=%.1f bare_p99_ms=%.1f ratio=%.2f%n", p50, p99,
                bareP99, p99 / Math.max(1, bareP99));
        System.exit(0);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
