package dev.threshold.infrastructure.mail;

import dev.threshold.failure.Causes;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Sends one HTML e-mail through a mail session (the server's {@code java:jboss/mail/threshold}). A failure comes back
 * as a {@link MailFailure} whose message says in words what went wrong, and whether trying again can help.
 */
public final class MailSender {

    static final String CONNECT_TIMEOUT_MS = "10000";
    static final String IO_TIMEOUT_MS = "30000";

    private final Session session;

    public MailSender(Session session) {
        this.session = Objects.requireNonNull(session, "mail session");
        // WildFly's mail subsystem has no time-out setting; without one a mail server that accepts the connection
        // and then says nothing would hold a sending thread forever.
        Properties properties = session.getProperties();
        for (String protocol : new String[] {"smtp", "smtps"}) {
            properties.putIfAbsent("mail." + protocol + ".connectiontimeout", CONNECT_TIMEOUT_MS);
            properties.putIfAbsent("mail." + protocol + ".timeout", IO_TIMEOUT_MS);
            properties.putIfAbsent("mail." + protocol + ".writetimeout", IO_TIMEOUT_MS);
        }
    }

    public void send(String toAddress, String toName, String subject, String htmlBody, Instant date) {
        send(toAddress, toName, subject, htmlBody, date, List.of());
    }

    /** As {@link #send(String, String, String, String, Instant)}, with files attached after the HTML body. */
    public void send(
            String toAddress,
            String toName,
            String subject,
            String htmlBody,
            Instant date,
            List<Attachment> attachments) {
        InternetAddress to;
        try {
            to = new InternetAddress(toAddress, true);
            if (toName != null && !toName.isBlank()) {
                to.setPersonal(toName, "UTF-8");
            }
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new MailFailure("\"" + toAddress + "\" is not a valid e-mail address", true, e);
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(); // the session's "from" (configure.cli: threshold.mail.from)
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(subject, "UTF-8");
            if (attachments.isEmpty()) {
                message.setText(htmlBody, "UTF-8", "html");
            } else {
                message.setContent(withAttachments(htmlBody, attachments));
            }
            message.setSentDate(Date.from(date));
            Transport.send(message);
        } catch (SendFailedException e) {
            // The server refused the recipient (e.g. 550 no such user): trying again will not change its mind.
            boolean refusedRecipient = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new MailFailure(words(e), refusedRecipient, e);
        } catch (MessagingException e) {
            throw new MailFailure(words(e), false, e);
        }
    }

    private static MimeMultipart withAttachments(String htmlBody, List<Attachment> attachments)
            throws MessagingException {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(htmlBody, "UTF-8", "html");
        mixed.addBodyPart(text);
        for (Attachment attachment : attachments) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.bytes(), attachment.contentType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        return mixed;
    }

    /** A file attached to an e-mail, e.g. a camera's snapshot ({@code image/jpeg}). */
    public record Attachment(String fileName, String contentType, byte[] bytes) {}

    /** The failure as an administrator reads it: what failed, and the cause at the bottom of it. */
    static String words(MessagingException e) {
        Throwable root = Causes.root(e);
        String what = e.getMessage() == null ? "sending failed" : e.getMessage().strip();
        if (root instanceof ConnectException) {
            return "Could not connect to the mail server (" + root.getMessage() + "): " + what;
        }
        if (root instanceof UnknownHostException) {
            return "The mail server's host name is unknown (" + root.getMessage() + "): " + what;
        }
        if (root instanceof SocketTimeoutException) {
            return "The mail server did not answer in time: " + what;
        }
        return root == e || root.getMessage() == null ? what : what + " (" + root.getMessage() + ")";
    }

    /** Sending failed; {@code permanent} when retrying cannot help. */
    public static class MailFailure extends RuntimeException {

        private final boolean permanent;

        MailFailure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
