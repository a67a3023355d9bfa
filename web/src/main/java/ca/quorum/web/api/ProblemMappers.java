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
        return problem(status.getStatusCode(), status.getReasonPhrase(), errors);
    }

    static Response problem(int status, String title, List<String> errors) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        errors.forEach(list::add);
        return Response.status(status).type("application/problem+json")
                .entity(Json.createObjectBuilder().add("status", status).add("title", title).add("errors", list)
                        .build().toString())
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
            if (e instanceof ca.quorum.shared.application.UnacceptableFileException) {
                return problem(422, "Unprocessable Content", e.reasons(language));
            }
            Response.Status status = e instanceof ca.quorum.shared.application.NotPermittedException
                    ? Response.Status.FORBIDDEN : e instanceof ca.quorum.shared.application.TooLargeException
                    ? Response.Status.REQUEST_ENTITY_TOO_LARGE : Response.Status.BAD_REQUEST;
            return problem(status, e.reasons(language));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(RecordNotFoundException e) {
            if (e instanceof ca.quorum.shared.application.RecordDestroyedException destroyed) {
                // staff are told under which certificate; anyone else only that there is nothing here
                return problem(Response.Status.NOT_FOUND, List.of(request != null && request.getUserPrincipal() != null
                        ? destroyed.explanation() : "Not found."));
            }
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
                Response r = problem(Response.Status.UNAUTHORIZED, List.of("Sign in with a personal API token (Authorization: Bearer) or HTTP Basic."));
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

    /**
     * What the framework refuses (no such path, wrong method or media type, an unreadable parameter): said in our own
     * words by status, never with the framework's message, which names its internals.
     */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int code = e.getResponse().getStatus();
            if (code >= 500) {
                LOG.log(Level.SEVERE, "API request failed", e);
            }
            Response.Status status = Response.Status.fromStatusCode(code);
            Response.Status answered = status == null ? Response.Status.BAD_REQUEST : status;
            return problem(answered, List.of(said(answered)));
        }

        static String said(Response.Status status) {
            return switch (status) {
                case NOT_FOUND -> "There is nothing at this address of the API; see /openapi.";
                case METHOD_NOT_ALLOWED -> "This address of the API does not take this method; see /openapi.";
                case UNSUPPORTED_MEDIA_TYPE -> "Send the request as JSON (Content-Type: application/json), or a PDF "
                        + "where a PDF is asked for.";
                case NOT_ACCEPTABLE -> "This address answers in JSON (or PDF where a PDF is offered).";
                case UNAUTHORIZED -> "Sign in with a personal API token (Authorization: Bearer) or HTTP Basic.";
                case FORBIDDEN -> "Your account does not have the role this needs.";
                case REQUEST_ENTITY_TOO_LARGE -> "The request is too large.";
                case INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE -> "The request failed; it has been logged.";
                default -> "The request could not be understood: check its parameters and body against /openapi.";
            };
        }
    }

    /** A body that is not the JSON asked for (malformed, or of the wrong shape). */
    @Provider
    public static class Unreadable implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            return problem(Response.Status.BAD_REQUEST, List.of("The body could not be read: send well-formed JSON "
                    + "of the shape described at /openapi."));
        }
    }

    /** Anything else: logged, and answered without a word of what went wrong inside. */
    @Provider
    public static class Everything implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                // a value the resource did not check itself: the caller's fault as far as the caller can tell, but
                // logged with its trace, so that a mistake of ours is not hidden behind a 400
                LOG.log(Level.WARNING, "API request refused on an unchecked argument", e);
            }
            if (e instanceof jakarta.json.bind.JsonbException || e instanceof jakarta.json.JsonException
                    || e instanceof IllegalArgumentException) {
                return problem(Response.Status.BAD_REQUEST, List.of("The body or a parameter could not be read: "
                        + "check it against /openapi."));
            }
            LOG.log(Level.SEVERE, "API request failed", e);
            return problem(Response.Status.INTERNAL_SERVER_ERROR, List.of("The request failed; it has been logged."));
        }
    }
}
