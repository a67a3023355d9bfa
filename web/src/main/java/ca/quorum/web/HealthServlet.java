package ca.quorum.web;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ca.quorum.shared.application.SystemHealth;

/** {@code GET /health}: 200 when the database and the search engine answer, 503 otherwise; JSON either way. */
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
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", report.up() ? "UP" : "DOWN")
                .add("database", Json.createObjectBuilder().add("status", report.database().up() ? "UP" : "DOWN")
                        .add("detail", report.database().detail()))
                .add("search", Json.createObjectBuilder().add("status", report.search().up() ? "UP" : "DOWN")
                        .add("detail", report.search().detail()))
                .build().toString());
    }
}
