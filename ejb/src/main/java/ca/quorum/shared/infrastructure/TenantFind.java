package ca.quorum.shared.infrastructure;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Loads an entity by id through a query, so the tenant discriminator applies: {@code EntityManager.find} reads by
 * primary key and would not check the municipality.
 */
public final class TenantFind {

    private TenantFind() {
    }

    public static <T> Optional<T> byId(EntityManager em, Class<T> type, long id) {
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.id = :id", type)
                .setParameter("id", id).getResultList().stream().findFirst();
    }

    public static <T> Optional<T> byId(EntityManager em, Class<T> type, long id, LockModeType lock) {
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.id = :id", type)
                .setParameter("id", id).setLockMode(lock).getResultList().stream().findFirst();
    }
}
