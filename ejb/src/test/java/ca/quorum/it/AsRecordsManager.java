package ca.quorum.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import ca.quorum.admin.domain.Roles;
import ca.quorum.demo.DemoSeeder;

/** Runs test code as Lakeview Harbour's demo records manager. */
@Stateless
@PermitAll
@RunAs(Roles.RECORDS_MANAGER)
@RunAsPrincipal("records@" + DemoSeeder.LAKEVIEW)
public class AsRecordsManager {
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
