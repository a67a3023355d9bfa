package ca.quorum.shared.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.search.SearchHealth;
import ca.quorum.shared.infrastructure.SearchEngine;

/** What an operator's probe asks: does the database answer, does the search engine answer. */
@Stateless
@PermitAll
public class SystemHealth {

    /** One component's state. */
    public record Component(boolean up, String detail) {
    }

    /** The whole answer; {@link #up()} only when every component is. */
    public record Report(Component database, Component search) {
        public boolean up() {
            return database.up() && search.up();
        }
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    SearchEngine searchEngine;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    /** The same check with what each part answered, for administrators. */
    @jakarta.annotation.security.RolesAllowed(ca.quorum.admin.domain.Roles.ADMINISTRATOR)
    public Report details() {
        return check();
    }

    public Report check() {
        Component database;
        try {
            Object version = em.createNativeQuery("select current_setting('server_version')").getSingleResult();
            database = new Component(true, "PostgreSQL " + version);
        } catch (RuntimeException e) {
            database = new Component(false, e.getClass().getSimpleName());
        }
        SearchHealth search = searchEngine.health();
        return new Report(database, new Component(search.up(), search.status() + ": " + search.detail()));
    }
}
