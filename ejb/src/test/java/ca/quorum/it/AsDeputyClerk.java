package ca.quorum.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import ca.quorum.admin.domain.Roles;
import ca.quorum.demo.DemoSeeder;

/** Runs test code as a deputy clerk of Lakeview Harbour (a clerk with no user account), who signs with a personal keystore. */
@Stateless
@PermitAll
@RunAs(Roles.CLERK)
@RunAsPrincipal("deputy@" + DemoSeeder.LAKEVIEW)
public class AsDeputyClerk {
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
