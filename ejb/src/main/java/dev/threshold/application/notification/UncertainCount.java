package dev.threshold.application.notification;

import dev.threshold.infrastructure.mail.EmailRenderer.RenderedEmail;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that an e-mail about a doubtful incident carries when it is sent before anyone reviewed it (the door does
 * not hold such e-mails): the subject starts with "Uncertain count:" and the body opens with why. Added to whatever
 * template renders the e-mail, default or custom, so that no template can make a doubtful count read as certain.
 */
final class UncertainCount {

    static final String SUBJECT_PREFIX = "Uncertain count: ";
    static final String NOTE =
            "<p style=\"background: #fff4ce; padding: 0.5em\"><strong>The count is uncertain.</strong>"
                    + " The camera was not sure of the people it counted walking in unbadged (poor light, a crowd, a"
                    + " blurred picture). Nobody has reviewed the video yet: please treat this as a possible incident, not a"
                    + " certain one.</p>";
    private static final Pattern BODY_TAG = Pattern.compile("<body[^>]*>", Pattern.CASE_INSENSITIVE);

    private UncertainCount() {}

    static RenderedEmail mark(RenderedEmail email) {
        Matcher body = BODY_TAG.matcher(email.body());
        String marked = body.find()
                ? email.body().substring(0, body.end()) + "\n" + NOTE
                        + email.body().substring(body.end())
                : NOTE + "\n" + email.body();
        return new RenderedEmail(SUBJECT_PREFIX + email.subject(), marked);
    }
}
