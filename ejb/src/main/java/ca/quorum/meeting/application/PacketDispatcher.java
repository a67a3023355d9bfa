package ca.quorum.meeting.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Starts a requested packet build after the request commits, so the background build finds the packet row and
 * the published revision; nothing starts for a request that rolled back.
 */
@ApplicationScoped
public class PacketDispatcher {

    @EJB
    PacketWorker worker;

    void start(@Observes(during = TransactionPhase.AFTER_SUCCESS) PacketRequested request) {
        worker.build(request.municipality(), request.packetId());
    }
}
