package ca.quorum.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /csp-report}: where browsers report what the content security policy blocked. Each report is logged
 * (at most 8 KB of it, control characters removed, at most {@value #PER_MINUTE} a minute so that nobody can flood the
 * log) and answered 204; nothing is stored.
 */
@WebServlet(urlPatterns = "/csp-report")
public class CspReports extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CspReports.class.getName());
    static final int PER_MINUTE = 60;
    private static final AtomicLong MINUTE = new AtomicLong();
    private static final AtomicLong COUNT = new AtomicLong();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(8 * 1024);
        }
        long minute = System.currentTimeMillis() / 60_000;
        if (MINUTE.getAndSet(minute) != minute) {
            COUNT.set(0);
        }
        if (COUNT.incrementAndGet() <= PER_MINUTE) {
            String report = new String(body, StandardCharsets.UTF_8).replaceAll("[\\p{Cntrl}&&[^\\t]]", " ");
            LOG.warning(() -> "Content security policy violation from " + ClientAddress.of(request) + ": " + report);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
