package ca.quorum.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import ca.quorum.admin.domain.Roles;

/** Runs test code as the installation itself. */
@Stateless
@PermitAll
@RunAs(Roles.SYSTEM)
public class AsSystem {
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
