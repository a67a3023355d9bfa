package ca.quorum.web.tenant;

import java.util.List;
import java.util.Map;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import ca.quorum.shared.tenant.TenantContext;

/**
 * Keeps form posts and generated links inside the municipality's address space: a view {@code /admin/users.xhtml}
 * rendered for Lakeview Harbour posts back to {@code /m/lakeview-harbour/admin/users.xhtml}.
 */
public class TenantViewHandler extends ViewHandlerWrapper {

    public TenantViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return withTenant(context, super.getActionURL(context, viewId));
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
            boolean includeViewParams) {
        return withTenant(context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
            boolean includeViewParams) {
        return withTenant(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private static String withTenant(FacesContext context, String url) {
        String slug = TenantContext.current().orElse(null);
        String contextPath = context.getExternalContext().getRequestContextPath();
        if (slug == null || url == null || !url.startsWith(contextPath)) {
            return url;
        }
        String rest = url.substring(contextPath.length());
        if (rest.startsWith(TenantPaths.PAGES)) {
            return url;
        }
        return contextPath + TenantPaths.PAGES + slug + rest;
    }
}
