package dev.threshold.infrastructure.messaging;

/**
 * JNDI names of the JMS destinations. The destinations themselves, with their redelivery and dead-letter settings,
 * are declared in one place: the server's CLI script (ear/src/main/wildfly/configure.cli).
 */
public final class Destinations {

    /** Camera frame jobs, grouped per camera with JMSXGroupID so that one consumer sees a camera's frames in order. */
    public static final String FRAMES = "java:/jms/queue/frames";
    /** Tailgating analysis jobs: one per door observation window. */
    public static final String DOOR_WINDOWS = "java:/jms/queue/door-windows";
    /** Where a message goes after its fifth failed delivery. */
    public static final String DEAD_LETTERS = "java:/jms/queue/dead-letters";
    /** Security events for SIEM consumers (CloudEvents JSON). */
    public static final String SECURITY_EVENTS = "java:/jms/topic/security-events";
    /** The in-VM connection factory of the embedded broker, or of the remote one in production. */
    public static final String CONNECTION_FACTORY = "java:/ConnectionFactory";

    private Destinations() {}
}
