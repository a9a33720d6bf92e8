package dev.threshold.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sending through a real SMTP server (GreenMail), and what an administrator reads when it fails. */
class MailSenderTest {

    private GreenMail smtp;
    private int port;

    @BeforeEach
    void start() throws IOException {
        port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Session session(int port) {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.from", "threshold@example.com");
        return Session.getInstance(p);
    }

    @Test
    void sendsAnHtmlMailWithTheNameAndUtf8Subject() throws Exception {
        new MailSender(session(port))
                .send(
                        "ada@example.com",
                        "Ada Lovelace",
                        "Tailgating at Tür 1",
                        "<p>Hello &amp; welcome</p>",
                        Instant.parse("2026-11-29T08:00:00Z"));

        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals("Tailgating at Tür 1", received.getSubject());
        assertEquals("Ada Lovelace <ada@example.com>", received.getHeader("To", ","));
        assertEquals("threshold@example.com", received.getFrom()[0].toString());
        assertTrue(received.getContentType().startsWith("text/html"), received.getContentType());
        assertEquals("<p>Hello &amp; welcome</p>", GreenMailUtil.getBody(received));
    }

    @Test
    void noMailServerIsATemporaryFailureInWords() throws IOException {
        int closed = freePort();
        MailSender.MailFailure failure = assertThrows(
                MailSender.MailFailure.class,
                () -> new MailSender(session(closed)).send("ada@example.com", null, "s", "b", Instant.now()));
        assertFalse(failure.permanent(), "the server may come back: retry");
        assertTrue(failure.getMessage().startsWith("Could not connect to the mail server"), failure.getMessage());
        assertTrue(failure.getMessage().contains(String.valueOf(closed)), failure.getMessage());
    }

    @Test
    void anAddressThatIsNoneFailsForGood() {
        MailSender.MailFailure failure = assertThrows(
                MailSender.MailFailure.class,
                () -> new MailSender(session(port)).send("not an address", null, "s", "b", Instant.now()));
        assertTrue(failure.permanent());
        assertEquals("\"not an address\" is not a valid e-mail address", failure.getMessage());
    }

    @Test
    void timeOutsAreSetWhereTheSessionHasNone() {
        Session session = session(port);
        new MailSender(session);
        assertEquals(MailSender.CONNECT_TIMEOUT_MS, session.getProperty("mail.smtp.connectiontimeout"));
        assertEquals(MailSender.IO_TIMEOUT_MS, session.getProperty("mail.smtp.timeout"));
    }
}
