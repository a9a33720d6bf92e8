package dev.threshold.application.audit;

/**
 * Who is acting and from which address, for the audit trail: set by the web tier for the length of one request
 * (a servlet filter) and read by {@link AuditTrail} deep in the services, which see neither the request nor the
 * caller's address. Work started by no request (MDBs, timers) has no origin: its records are the "system"'s.
 */
public final class AuditOrigin {

    /** The actor of records made by no signed-in person. */
    public static final String SYSTEM = "system";
    /** The actor of records made in a request that nobody signed in to (a shared incident link). */
    public static final String ANONYMOUS = "anonymous";

    private static final ThreadLocal<Origin> CURRENT = new ThreadLocal<>();

    /** @param actor the signed-in account, or null; @param address the client's IP address */
    public record Origin(String actor, String address) {}

    private AuditOrigin() {}

    /** For the web tier: the request on this thread comes from {@code address}, signed in as {@code actor}. */
    public static void enter(String actor, String address) {
        CURRENT.set(new Origin(actor, address));
    }

    /** For the web tier, when the request is done (threads are pooled). */
    public static void leave() {
        CURRENT.remove();
    }

    public static Origin current() {
        Origin origin = CURRENT.get();
        return origin == null ? new Origin(null, null) : origin;
    }
}
