package dev.threshold.infrastructure.batching;

/** An item {@link GroupCommit} did not take or did not commit, and never will: nothing of it was written. */
public class GroupCommitRefusedException extends RuntimeException {

    /** Why. Either way the caller may try again later. */
    public enum Reason {
        /** As many items as the capacity are waiting already. */
        FULL,
        /** The group commit is stopping (the application is shut down or undeployed). */
        STOPPED
    }

    private final Reason reason;

    public GroupCommitRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
