package ca.quorum.web.tenant;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie's flags (OWASP ASVS 5.0 V3.3.1): {@code HttpOnly} always and {@code Secure} when
 * {@code QUORUM_SECURE_COOKIES} (or, by default, {@code QUORUM_REQUIRE_HTTPS}) is {@code true}. Set here, while the
 * application starts, because a {@code <cookie-config>} in {@code web.xml} replaces the servlet container's own
 * session-cookie setting attribute by attribute (an expression there was silently overridden with {@code false}).
 * {@code SameSite=Lax} is added by {@code WEB-INF/undertow-handlers.conf}.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(Transport.SECURE_COOKIES);
    }
}
