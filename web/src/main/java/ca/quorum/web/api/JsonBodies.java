package ca.quorum.web.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Bounds on every JSON body before it is parsed (OWASP ASVS 5.0 V4.1, V5.1): at most {@value #MAX_BYTES} bytes
 * (413 otherwise), and no NUL character, which no field of this API has a use for and the database refuses to store
 * (400 otherwise, rather than a failure deep inside). The body is then handed on unchanged.
 */
@Provider
public class JsonBodies implements ContainerRequestFilter {

    /** The largest JSON body accepted: 4 MB (a report's text is far smaller). */
    static final int MAX_BYTES = 4 << 20;

    private static final Pattern NUL = Pattern.compile("\\\\u0000", Pattern.CASE_INSENSITIVE);

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null || !request.hasEntity() || !"json".equals(type.getSubtype())
                && !type.getSubtype().endsWith("+json")) {
            return;
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            request.abortWith(ProblemMappers.problem(jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    List.of("A JSON body has at most " + (MAX_BYTES >> 20) + " MB.")));
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0 || NUL.matcher(text).find()) {
            request.abortWith(ProblemMappers.problem(jakarta.ws.rs.core.Response.Status.BAD_REQUEST,
                    List.of("The body contains a NUL character, which no field accepts.")));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }
}
