package ca.quorum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import ca.quorum.web.i18n.Messages;

/**
 * What the error page says. A form sent back after its page expired, or without the page's script nonce (the
 * content security policy's check, which a page's own script satisfies), is the visitor's to retry: it is answered
 * 400 with a sentence saying so, never as a server failure.
 */
@Named
@RequestScoped
public class ErrorView {

    @Inject
    Messages messages;

    /** The sentence for the visitor; sets the answer's status to 400 for an expired or unsigned form. */
    public String getMessage() {
        FacesContext context = FacesContext.getCurrentInstance();
        Object error = context.getExternalContext().getRequestMap().get("jakarta.servlet.error.exception");
        for (Throwable t = error instanceof Throwable thrown ? thrown : null; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (type.equals("org.primefaces.csp.CspException")
                    || type.equals("jakarta.faces.application.ViewExpiredException")) {
                context.getExternalContext().setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
                return messages.get("error.expired");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        Object message = context.getExternalContext().getRequestMap().get("jakarta.servlet.error.message");
        return message == null ? "" : message.toString();
    }
}
