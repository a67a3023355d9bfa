package ca.quorum.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import ca.quorum.admin.domain.Roles;
import ca.quorum.demo.DemoSeeder;

/** Runs test code as Lakeview Harbour's FOI coordinator. */
@Stateless
@PermitAll
@RunAs(Roles.FOI_OFFICER)
@RunAsPrincipal("foi@" + DemoSeeder.LAKEVIEW)
public class AsFoi {
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
