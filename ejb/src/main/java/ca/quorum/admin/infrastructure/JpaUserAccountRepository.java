package ca.quorum.admin.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.UserAccount;
import ca.quorum.admin.domain.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        // a query, not em.find: queries carry the tenant restriction
        return em.createQuery("select u from UserAccount u where u.id = :id", UserAccount.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> list(int first, int max) {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
        em.flush();
    }
}
