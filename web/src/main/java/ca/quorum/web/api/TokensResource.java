package ca.quorum.web.api;

import java.net.URI;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import ca.quorum.admin.application.ApiTokens;
import ca.quorum.admin.domain.TokenScope;
import ca.quorum.shared.domain.RuleViolation;

/**
 * Personal API tokens: a signed-in user makes, lists and revokes their own; an administrator lists and revokes
 * everyone's ({@code …/tokens/all}). The secret is in the answer to the {@code POST} only.
 */
@Path("m/{municipality}/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "basic")
public class TokensResource {

    /** The body of a create request: a name, {@code read} or {@code write}, and a lifetime in days (default 90). */
    public record NewTokenRequest(String name, String scope, Integer days) {
    }

    @EJB
    ApiTokens tokens;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Your API tokens, with when each was last used")
    public List<ApiTokens.TokenView> mine() {
        return tokens.mine();
    }

    @GET
    @Path("all")
    @Operation(summary = "Every API token of the municipality (administrators)")
    public List<ApiTokens.TokenView> all() {
        return tokens.all();
    }

    @POST
    @Operation(summary = "Make an API token; the answer carries its secret, shown this once")
    public Response create(NewTokenRequest request) {
        if (request == null) {
            throw RuleViolation.because("token.nameRequired");
        }
        TokenScope scope = TokenScope.parse(request.scope()).orElse(null);
        ApiTokens.NewToken made = tokens.create(request.name(), scope, request.days());
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + made.token().id()))
                .header("Cache-Control", "no-store").entity(made).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API token (your own; anyone's for an administrator)")
    public ApiTokens.TokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }
}
