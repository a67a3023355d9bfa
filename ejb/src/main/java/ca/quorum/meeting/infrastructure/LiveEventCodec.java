package ca.quorum.meeting.infrastructure;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import ca.quorum.meeting.domain.live.LiveEvent;

/** A meeting event to and from the JSON stored in the log and exported. */
public final class LiveEventCodec {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Map<String, Class<?>> TYPES = Stream.of(LiveEvent.class.getPermittedSubclasses())
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    private LiveEventCodec() {
    }

    public static String write(LiveEvent event) {
        return JSON.toJson(event);
    }

    public static LiveEvent read(String type, String json) {
        Class<?> cls = TYPES.get(type);
        if (cls == null) {
            throw new IllegalStateException("unknown meeting event type " + type);
        }
        return (LiveEvent) JSON.fromJson(json, cls);
    }
}
