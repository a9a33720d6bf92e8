package dev.threshold.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tests' SMTP server: GreenMail, a real one, on the port the build reserved and the test server's mail session
 * uses ({@code threshold.smtp.port}). Runs in the test JVM, never in the server: only client-side code may use it.
 */
final class TestSmtpServer {

    private static GreenMail greenMail;

    private TestSmtpServer() {}

    static int port() {
        return Integer.getInteger("threshold.it.smtp.port", 3025);
    }

    static synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    static boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first message received for {@code address}, waiting up to {@code timeout} for it. */
    static Optional<MimeMessage> awaitMessageTo(String address, Duration timeout) throws MessagingException {
        Instant deadline = Instant.now().plus(timeout);
        do {
            Optional<MimeMessage> found = messagesTo(address).stream().findFirst();
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        } while (Instant.now().isBefore(deadline));
        return Optional.empty();
    }

    static synchronized List<MimeMessage> messagesTo(String address) throws MessagingException {
        if (greenMail == null) {
            return List.of();
        }
        List<MimeMessage> matching = new java.util.ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()))) {
                matching.add(message);
            }
        }
        return matching;
    }
}
