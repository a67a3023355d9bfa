package ca.quorum.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import ca.quorum.admin.domain.Roles;

/** Runs test code as a municipality's administrator. */
@Stateless
@PermitAll
@RunAs(Roles.ADMINISTRATOR)
public class AsAdministrator {
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
