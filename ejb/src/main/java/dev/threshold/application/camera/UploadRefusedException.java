package dev.threshold.application.camera;

/**
 * An upload the server will not take now, for a reason other than the file itself: the camera's upload slot is taken
 * (409), or the uploads' disk quota is used up (413). Nothing of the refused upload is kept.
 */
public class UploadRefusedException extends RuntimeException {

    public enum Reason {
        SLOT_TAKEN,
        QUOTA
    }

    private final Reason reason;

    public UploadRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
