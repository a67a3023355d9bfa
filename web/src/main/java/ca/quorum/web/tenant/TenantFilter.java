package ca.quorum.web.tenant;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ca.quorum.admin.application.MunicipalityDirectory;
import ca.quorum.admin.application.MunicipalitySummary;
import ca.quorum.admin.application.SignedInUser;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Every request passes here first (after authentication): an address not in its plain form is refused
 * ({@link CanonicalPath}), then the municipality is resolved from the address and made
 * current for the request; a signed-in user is kept inside their own municipality; staff pages are checked against
 * {@link PageAccess}; pretty page addresses ({@code /m/lakeview-harbour/login}) are forwarded to their views.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class TenantFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute holding the current {@link MunicipalitySummary}. */
    public static final String MUNICIPALITY = "quorum.municipality";

    /** Session attribute holding the visitor's chosen interface language ({@code en} or {@code fr}). */
    public static final String LANGUAGE = "quorum.language";

    @EJB
    MunicipalityDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        Optional<String> canonical = CanonicalPath.of(request.getRequestURI().substring(
                request.getContextPath().length()));
        if (canonical.isEmpty()) {
            Problems.send(response, HttpServletResponse.SC_BAD_REQUEST, "This address is not in its plain form "
                    + "(dot segments, double slashes, path parameters or encoded letters); use the address as "
                    + "the application links to it.");
            return;
        }
        String path = canonical.get();
        Optional<String> https = Transport.redirect(ca.quorum.web.security.ClientAddress.secure(request),
                Transport.REQUIRE_HTTPS, request.getHeader("Host"), Transport.HTTPS_PORT, request.getRequestURI(),
                request.getQueryString());
        if (https.isPresent()) {
            response.setStatus(308); // keeps the method and body of a write
            response.setHeader("Location", https.get());
            return;
        }
        try {
            Optional<TenantPaths.Split> page = TenantPaths.pages(path);
            Optional<TenantPaths.Split> api = TenantPaths.api(path);
            if (page.isPresent()) {
                servePage(request, response, page.get());
            } else if (api.isPresent()) {
                serveApi(request, response, chain, api.get());
            } else if (path.equals("/") || path.isEmpty()) {
                request.getRequestDispatcher("/municipalities.xhtml").forward(request, response);
            } else if (path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/")) {
                // views are reached through a municipality's address only
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            TenantContext.clear();
        }
    }

    private void servePage(HttpServletRequest request, HttpServletResponse response, TenantPaths.Split split)
            throws IOException, ServletException {
        Optional<MunicipalitySummary> municipality = directory.find(split.slug());
        if (municipality.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No municipality at this address.");
            return;
        }
        if (split.rest().isEmpty()) {
            response.sendRedirect(request.getContextPath() + TenantPaths.PAGES + split.slug() + "/");
            return;
        }
        if (!withinOwnMunicipality(request, split.slug())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "You are signed in to another municipality. Sign out to continue here.");
            return;
        }
        TenantContext.set(split.slug());
        request.setAttribute(MUNICIPALITY, municipality.get());
        String lang = request.getParameter("lang");
        if ("en".equals(lang) || "fr".equals(lang)) {
            request.getSession(true).setAttribute(LANGUAGE, lang);
        }
        String view = split.rest().equals("/") ? "/index.xhtml"
                : split.rest().endsWith("/") ? split.rest() + "index.xhtml"
                : split.rest().contains(".") ? split.rest() : split.rest() + ".xhtml";
        if (view.startsWith("/WEB-INF") || view.startsWith("/META-INF") || !view.endsWith(".xhtml")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Set<String>> required = PageAccess.requiredRoles(view);
        if (required.isPresent()) {
            if (request.getUserPrincipal() == null) {
                String next = URLEncoder.encode(split.rest(), StandardCharsets.UTF_8);
                response.sendRedirect(request.getContextPath() + TenantPaths.PAGES + split.slug() + "/login?next="
                        + next);
                return;
            }
            if (required.get().stream().noneMatch(request::isUserInRole)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Your account does not have access to this page.");
                return;
            }
        }
        request.getRequestDispatcher(view).forward(request, response);
    }

    private void serveApi(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            TenantPaths.Split split) throws IOException, ServletException {
        if (directory.find(split.slug()).isEmpty()) {
            Problems.send(response, HttpServletResponse.SC_NOT_FOUND, "No municipality " + split.slug() + ".");
            return;
        }
        if (!withinOwnMunicipality(request, split.slug())) {
            Problems.send(response, HttpServletResponse.SC_FORBIDDEN,
                    "Your account belongs to another municipality.");
            return;
        }
        ApiWrites.Refusal refused = ApiWrites.check(request);
        if (refused != null) {
            Problems.send(response, refused.status(), refused.reason());
            return;
        }
        TenantContext.set(split.slug());
        chain.doFilter(request, response);
    }

    /** Anonymous visitors may go anywhere public; a signed-in user only within their own municipality. */
    private static boolean withinOwnMunicipality(HttpServletRequest request, String slug) {
        Principal principal = request.getUserPrincipal();
        return principal == null
                || SignedInUser.municipalityOf(principal.getName()).map(slug::equals).orElse(false);
    }
}
