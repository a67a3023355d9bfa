package ca.quorum.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every answer and request body: JSON-B instances are thread-safe and costly to build (each
 * learns the classes it maps), and without a resolver the JSON provider may build one per call.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
