package ca.quorum.admin.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Municipality;
import ca.quorum.admin.domain.MunicipalityRepository;

@ApplicationScoped
public class JpaMunicipalityRepository implements MunicipalityRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Municipality> find(String slug) {
        return Optional.ofNullable(slug).map(s -> em.find(Municipality.class, s));
    }

    @Override
    public List<Municipality> all() {
        return em.createQuery("select m from Municipality m order by m.name", Municipality.class).getResultList();
    }

    @Override
    public void add(Municipality municipality) {
        em.persist(municipality);
    }
}
