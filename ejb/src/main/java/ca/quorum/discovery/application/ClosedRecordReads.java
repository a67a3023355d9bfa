package ca.quorum.discovery.application;

import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import ca.quorum.admin.domain.Roles;
import ca.quorum.shared.audit.application.AuditLog;

/**
 * The audit trail of the FOI officer's reads of closed-session material: they may read every record to review it for
 * release, and each such read is an audit entry ({@code ClosedRecordRead}). Members (clerk, chair, councillors) read
 * closed material as part of their office and are not recorded here. Each entry is written in a transaction of its
 * own, before the file is sent, so a long download never holds the municipality's audit chain.
 */
@Stateless
@PermitAll
public class ClosedRecordReads {

    @Resource
    SessionContext session;

    @EJB
    AuditLog audit;

    /** Records the read when the caller reads as FOI officer (and not as a member); nothing otherwise. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noteIfFoi(String subjectType, long subjectId, String what) {
        boolean member = session.isCallerInRole(Roles.CLERK) || session.isCallerInRole(Roles.CHAIR)
                || session.isCallerInRole(Roles.COUNCILLOR);
        if (session.isCallerInRole(Roles.FOI_OFFICER) && !member) {
            audit.record("ClosedRecordRead", subjectType, Long.toString(subjectId), Map.of("read", what));
        }
    }
}
