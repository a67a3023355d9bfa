package ca.quorum.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Quorum API", version = "1",
        description = "Council meetings and municipal records. Public reads need no account; staff reads and writes "
                + "use a personal API token of a user of the municipality in the path (Authorization: Bearer "
                + "qrm_…, made on the workspace page or with POST /api/m/{municipality}/tokens). HTTP Basic "
                + "credentials are accepted too, at the cost of a password check on every request."))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "qrm_ followed by 43 Base64url characters",
        description = "A personal API token; read-only tokens may only GET.")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}
