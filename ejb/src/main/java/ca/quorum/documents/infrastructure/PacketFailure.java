package ca.quorum.documents.infrastructure;

/** A packet could not be built; the message names the item and the attachment that broke it. */
public class PacketFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public PacketFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
