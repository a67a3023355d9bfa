package ca.quorum.it;

import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import ca.quorum.shared.audit.application.AuditLog;

/** Appends test entries to the current municipality's chain, each in its own transaction as real changes are. */
@Stateless
public class AuditTrail {

    @EJB
    AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void append(int index) {
        audit.recordAs("tester", "ThingDone", "thing", Integer.toString(index), Map.of("index", Integer.toString(index)));
    }
}
