package ca.quorum.admin.domain;

import java.util.List;
import java.util.Optional;

/** User accounts of the current municipality; other municipalities' accounts are never visible. */
public interface UserAccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> list(int first, int max);

    long count();

    void add(UserAccount account);
}
