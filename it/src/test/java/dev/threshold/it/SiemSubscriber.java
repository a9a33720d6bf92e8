package dev.threshold.it;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import javax.naming.Context;
import javax.naming.InitialContext;

/**
 * A SIEM's JMS subscriber exactly as docs/siem.md shows it, run by {@link RemoteSiemIT} as a program of its own
 * ({@code java -cp $JBOSS_HOME/bin/client/jboss-client.jar:…}): remote JNDI over HTTP, the exported connection factory
 * and topic, an account in the role siem, a durable subscription. It prints {@code subscribed}, then each event's body
 * on a line of its own prefixed {@code event }, until a line {@code close} on its standard input; then it closes its
 * connection (the subscription stays and keeps what comes meanwhile) and prints {@code closed}. A refusal is printed as
 * {@code refused: …} (exit code 3).
 * <p>Arguments: provider URL, user, password, client id, subscription name.
 */
public final class SiemSubscriber {

    private static volatile boolean closing;

    private SiemSubscriber() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        Properties env = new Properties();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "org.wildfly.naming.client.WildFlyInitialContextFactory");
        env.put(Context.PROVIDER_URL, url);
        env.put(Context.SECURITY_PRINCIPAL, user);
        env.put(Context.SECURITY_CREDENTIALS, password);
        InitialContext jndi = new InitialContext(env);
        ConnectionFactory factory = (ConnectionFactory) jndi.lookup("jms/RemoteConnectionFactory");
        Topic topic = (Topic) jndi.lookup("jms/topic/security-events");
        Thread input = new Thread(SiemSubscriber::awaitClose);
        input.setDaemon(true);
        input.start();
        try (JMSContext jms = factory.createContext(user, password)) {
            jms.setClientID(args[3]);
            try (JMSConsumer consumer = jms.createDurableConsumer(topic, args[4])) {
                System.out.println("subscribed");
                while (!closing) {
                    Message message = consumer.receive(500);
                    if (message != null) {
                        System.out.println("event " + message.getBody(String.class));
                    }
                }
            }
        } catch (JMSRuntimeException e) {
            System.out.println("refused: " + e);
            System.exit(3);
        } finally {
            jndi.close();
        }
        System.out.println("closed");
    }

    private static void awaitClose() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && !line.equals("close")) {
                // only "close" matters
            }
        } catch (java.io.IOException e) {
            // the test went away: close as asked
        }
        closing = true;
    }
}
