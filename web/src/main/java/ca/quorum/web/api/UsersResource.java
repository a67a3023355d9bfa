package ca.quorum.web.api;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import ca.quorum.admin.application.UserAdministration;
import ca.quorum.admin.application.UserView;
import ca.quorum.admin.domain.NewUser;
import ca.quorum.admin.domain.Role;
import ca.quorum.shared.application.RequestRefusedException;

/** A municipality's user accounts; administrators only. */
@Path("m/{municipality}/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "basic")
public class UsersResource {

    /** The body of a create request. */
    public record NewUserRequest(String username, String displayName, String email, String password,
            List<String> roles) {
    }

    /** The body of a roles change. */
    public record RolesRequest(List<String> roles) {
    }

    @EJB
    UserAdministration administration;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "User accounts, by user name")
    public List<UserView> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("100") int max) {
        return administration.users(first, max);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user account")
    public UserView get(@PathParam("id") long id) {
        return administration.user(id);
    }

    @POST
    @Operation(summary = "Create a user account")
    public Response create(NewUserRequest request) {
        if (request == null) {
            throw new RequestRefusedException("A JSON body with username, displayName, email and password is required.");
        }
        UserView created = administration.createUser(new NewUser(request.username(), request.displayName(),
                request.email(), request.password(), roles(request.roles())));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace the roles of a user account")
    public UserView grantRoles(@PathParam("id") long id, RolesRequest request) {
        return administration.grantRoles(id, roles(request == null ? null : request.roles()));
    }

    /** The body of a password reset. */
    public record PasswordRequest(String password) {
    }

    @POST
    @Path("{id}/disabled")
    @Operation(summary = "Disable a user account: its sessions end and its API tokens are revoked")
    public UserView disable(@PathParam("id") long id) {
        return administration.disable(id);
    }

    @DELETE
    @Path("{id}/disabled")
    @Operation(summary = "Enable a disabled user account again")
    public UserView enable(@PathParam("id") long id) {
        return administration.enable(id);
    }

    @PUT
    @Path("{id}/password")
    @Operation(summary = "Reset a user's password: their sessions end and their API tokens are revoked")
    public UserView resetPassword(@PathParam("id") long id, PasswordRequest request) {
        return administration.resetPassword(id, request == null ? null : request.password());
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                roles.add(Role.fromRoleName(name).orElseThrow(() -> new RequestRefusedException("Unknown role "
                        + name + "; roles are administrator, clerk, report-author, councillor, chair, "
                        + "records-manager and foi-officer.")));
            }
        }
        return roles;
    }
}
