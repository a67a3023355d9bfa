package ca.quorum.web.tenant;

import java.io.IOException;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;

/** Errors answered outside JAX-RS (filters, the authentication mechanism) in the API's JSON problem shape. */
public final class Problems {

    private Problems() {
    }

    public static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("status", status).add("title", message)
                .add("errors", Json.createArrayBuilder().add(message)).build().toString());
    }
}
