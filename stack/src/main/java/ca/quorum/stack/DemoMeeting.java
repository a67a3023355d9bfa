package ca.quorum.stack;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The demo council meeting that the crash test and the voting benchmark drive through the API: the one whose
 * published agenda carries the demo staff report, and the council's members by name.
 *
 * @param live the meeting's live API path, {@code api/m/lakeview-harbour/meetings/{id}/live}
 */
record DemoMeeting(long id, String live, Map<String, Long> members) {

    static final String API = "api/m/lakeview-harbour/";

    /** Answers a GET of an API path with its body, or {@code null} when the status is not 200. */
    interface Get {
        String body(String path) throws Exception;
    }

    static DemoMeeting find(Get get) throws Exception {
        long meeting = -1;
        for (JsonValue m : json(get.body(API + "meetings?limit=200")).asJsonArray()) {
            long id = ((JsonObject) m).getJsonNumber("id").longValue();
            String agenda = get.body(API + "meetings/" + id + "/agenda");
            if (agenda != null && agenda.contains("2027 Road Salt Supply Tender")) {
                meeting = id;
            }
        }
        if (meeting < 0) {
            throw new IllegalStateException("the demo meeting with a published agenda is missing");
        }
        long council = ((JsonArray) json(get.body(API + "bodies"))).stream().map(JsonObject.class::cast)
                .filter(b -> b.getString("kind").equals("COUNCIL")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Map<String, Long> members = new LinkedHashMap<>();
        json(get.body(API + "bodies/" + council)).asJsonObject().getJsonArray("members").stream()
                .map(JsonObject.class::cast)
                .forEach(o -> members.put(o.getString("name"), o.getJsonNumber("id").longValue()));
        return new DemoMeeting(meeting, API + "meetings/" + meeting + "/live", members);
    }

    private static JsonValue json(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }
}
