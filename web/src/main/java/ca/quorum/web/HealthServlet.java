package ca.quorum.web;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ca.quorum.shared.application.SystemHealth;

/**
 * {@code GET /health}: 200 and {@code {"status":"UP"}} when the database and the search engine answer, 503 and
 * {@code DOWN} otherwise; the details are for administrators ({@code /api/m/{municipality}/health}).
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    SystemHealth health;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SystemHealth.Report report = health.check();
        response.setStatus(report.up() ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // anyone may ask whether the service is up; what is down and why is for administrators
        // (GET /api/m/{municipality}/health)
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", report.up() ? "UP" : "DOWN")
                .build().toString());
    }
}
