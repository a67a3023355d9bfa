package ca.quorum.web.api;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.domain.RuleViolation;

/** The one place where exceptions become HTTP answers, as {@code application/problem+json}. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Response problem(Response.Status status, List<String> errors) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        errors.forEach(list::add);
        return Response.status(status).type("application/problem+json")
                .entity(Json.createObjectBuilder().add("status", status.getStatusCode())
                        .add("title", status.getReasonPhrase()).add("errors", list).build().toString())
                .build();
    }

    /** A refusal, in French when the caller prefers it ({@code Accept-Language: fr}), otherwise in English. */
    @Provider
    public static class Refused implements ExceptionMapper<RuleViolation> {
        @Context
        jakarta.ws.rs.core.HttpHeaders headers;

        @Override
        public Response toResponse(RuleViolation e) {
            java.util.Locale language = headers == null ? java.util.Locale.ENGLISH
                    : headers.getAcceptableLanguages().stream().filter(l -> l.getLanguage().equals("fr")
                            || l.getLanguage().equals("en")).findFirst().orElse(java.util.Locale.ENGLISH);
            return problem(Response.Status.BAD_REQUEST, e.reasons(language));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
        @Override
        public Response toResponse(RecordNotFoundException e) {
            return problem(Response.Status.NOT_FOUND, List.of(e.getMessage()));
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(EJBAccessException e) {
            if (request.getUserPrincipal() == null) {
                Response r = problem(Response.Status.UNAUTHORIZED, List.of("Sign in with HTTP Basic credentials."));
                return Response.fromResponse(r).header("WWW-Authenticate", "Basic realm=\"Quorum\", charset=\"UTF-8\"")
                        .build();
            }
            return problem(Response.Status.FORBIDDEN, List.of("Your account does not have the role this needs."));
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            LOG.log(Level.SEVERE, "API request failed", e);
            return problem(Response.Status.INTERNAL_SERVER_ERROR, List.of("The request failed; it has been logged."));
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            return problem(status == null ? Response.Status.BAD_REQUEST : status,
                    List.of(e.getMessage() == null ? "Bad request." : e.getMessage()));
        }
    }
}
