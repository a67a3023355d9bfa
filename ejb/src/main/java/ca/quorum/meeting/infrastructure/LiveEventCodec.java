package ca.quorum.meeting.infrastructure;

import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import ca.quorum.meeting.domain.live.LiveEvent;

/**
 * A meeting event to and from the JSON stored in the log and exported. Events are read through their canonical
 * constructor, component by component: an entry stored before a component existed reads with it null (or false or
 * zero), which the event defines as what the entry meant then; JSON-B alone refuses records with more than one
 * constructor.
 */
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
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        RecordComponent[] components = cls.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            JsonValue value = object.get(components[i].getName());
            values[i] = value == null || value.getValueType() == JsonValue.ValueType.NULL ? absent(types[i])
                    : JSON.fromJson(value.toString(), components[i].getGenericType());
        }
        try {
            Constructor<?> canonical = cls.getDeclaredConstructor(types);
            return (LiveEvent) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read a " + type + " from the log: " + e.getMessage(), e);
        }
    }

    private static Object absent(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        return null;
    }
}
