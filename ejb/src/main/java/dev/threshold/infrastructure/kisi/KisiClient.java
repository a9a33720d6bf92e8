package dev.threshold.infrastructure.kisi;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * Threshold's calls to Kisi's REST API. A plain class, not a bean: the application layer builds one from the
 * settings and keeps it while the settings stay the same. Thread-safe. Keep one client per API token, since the
 * pacing that keeps Threshold under Kisi's rate limit is per client.
 * <p>
 * Every method either returns what Kisi answered or throws a {@link KisiApiException} whose message can be shown to
 * the administrator as it is.
 */
public final class KisiClient {

    private static final Logger LOG = Logger.getLogger(KisiClient.class.getName());

    /** Items asked for per page. Kisi may send fewer; the next page starts where its X-Collection-Range ends. */
    static final int PAGE_SIZE = 100;

    /** A guard against a list that never ends: 100,000 items is far beyond any organization's locks. */
    static final int MAX_PAGES = 1000;

    private final KisiConnection connection;
    private final KisiTransport transport;

    public KisiClient(KisiConnection connection) {
        this.connection = Objects.requireNonNull(connection, "Kisi connection");
        this.transport = new KisiTransport(connection);
    }

    public KisiConnection connection() {
        return connection;
    }

    /** All locks of a place, in Kisi's order, following the pages to the end. */
    public List<KisiLock> locks(String placeId) {
        requireId(placeId, "place id");
        String subject = "the locks of place " + placeId;
        List<KisiLock> locks = new ArrayList<>();
        for (JsonObject lock : all("/locks?place_id=" + encode(placeId), subject)) {
            locks.add(toLock(lock, subject));
        }
        return locks;
    }

    /** The most locks one search page may ask for: a page is for reading, the whole list is {@link #locks}. */
    public static final int MAX_SEARCH_PAGE = PAGE_SIZE;

    /**
     * One page of a place's locks whose name matches {@code query} (Kisi's {@code query} parameter; blank: all), so
     * that a place with thousands of locks is searched by Kisi rather than read whole. The total comes from
     * X-Collection-Range.
     */
    public KisiLockPage lockPage(String placeId, String query, long offset, int limit) {
        requireId(placeId, "place id");
        if (offset < 0 || limit < 1 || limit > MAX_SEARCH_PAGE) {
            throw new IllegalArgumentException(
                    "A page of locks starts at 0 or later and holds 1 to " + MAX_SEARCH_PAGE + " locks");
        }
        String search = query == null ? "" : query.strip();
        String subject = "the locks of place " + placeId + (search.isEmpty() ? "" : " matching \"" + search + "\"");
        KisiTransport.Answer answer = transport.send(KisiRequest.get(
                "/locks?place_id=" + encode(placeId) + (search.isEmpty() ? "" : "&query=" + encode(search)) + "&limit="
                        + limit + "&offset=" + offset,
                subject));
        List<KisiLock> locks = new ArrayList<>();
        for (JsonObject lock : KisiJson.objects(answer.body(), subject)) {
            locks.add(toLock(lock, subject));
        }
        long total = answer.header(CollectionRange.HEADER)
                .map(header -> range(header, subject).total())
                .filter(count -> count != CollectionRange.UNKNOWN)
                .orElse(KisiLockPage.UNKNOWN);
        return new KisiLockPage(locks, offset, total);
    }

    /** One user, for naming the person behind an event. */
    public KisiUser user(String userId) {
        requireId(userId, "user id");
        String subject = "user " + userId;
        JsonObject user = KisiJson.object(
                transport
                        .send(KisiRequest.get("/users/" + encode(userId), subject))
                        .body(),
                subject);
        String id = Optional.ofNullable(KisiJson.text(user, "id")).orElse(userId);
        return new KisiUser(id, KisiJson.text(user, "name"), KisiJson.text(user, "email"));
    }

    /**
     * For the "Test connection" button: one cheap authenticated call (the first lock of the place), which proves
     * that Kisi is reachable, accepts the token and lets its user see the place.
     */
    public KisiConnectionCheck checkConnection(String placeId) {
        requireId(placeId, "place id");
        String subject = "the locks of place " + placeId;
        KisiTransport.Answer answer =
                transport.send(KisiRequest.get("/locks?place_id=" + encode(placeId) + "&limit=1&offset=0", subject));
        List<JsonObject> firstPage = KisiJson.objects(answer.body(), subject);
        Optional<String> header = answer.header(CollectionRange.HEADER);
        int lockCount = firstPage.size();
        if (header.isPresent()) {
            CollectionRange range = range(header.get(), subject);
            if (range.total() != CollectionRange.UNKNOWN) {
                lockCount = (int) Math.min(range.total(), Integer.MAX_VALUE);
            }
        }
        return new KisiConnectionCheck(placeId, lockCount);
    }

    /** The integrations the token's user can see, of every type. */
    public List<KisiIntegration> integrations() {
        String subject = "the list of integrations";
        List<KisiIntegration> integrations = new ArrayList<>();
        for (JsonObject integration : all("/integrations", subject)) {
            integrations.add(WebhookIntegrations.parse(integration, subject));
        }
        return integrations;
    }

    /**
     * Adds Threshold's event webhook to Kisi, posting the given events to {@code <publicBaseUrl>/kisi/events}, signed
     * with {@code signatureKey}. Prefer {@link #ensureIntegration}, which does not create a second one.
     *
     * @return the new integration's id
     */
    public String createIntegration(String publicBaseUrl, String signatureKey, List<String> enabledEvents) {
        String subject = "the new integration \"" + ThresholdWebhook.NAME + "\"";
        String body = WebhookIntegrations.createBody(publicBaseUrl, signatureKey, enabledEvents);
        KisiTransport.Answer answer =
                transport.send(KisiRequest.post("/integrations", body, subject, List.of(signatureKey)));
        JsonObject created = KisiJson.object(answer.body(), subject);
        // Kisi answers with the integration itself; accept it wrapped like the request, too.
        JsonObject integration = created.containsKey("id")
                ? created
                : KisiJson.child(created, "integration").orElse(created);
        return KisiJson.id(integration, "id", subject);
    }

    /**
     * Points an existing integration at Threshold: name, URL, signature key, events, enabled.
     * <p>
     * The parts of Kisi's reference we could consult name no verb for changing an integration; PATCH, the usual
     * verb for changing some fields of a resource, is our choice (should Kisi want PUT, this is the one line to
     * change). The type is left out: an integration keeps the type it was created with.
     */
    public void updateIntegration(
            String integrationId, String publicBaseUrl, String signatureKey, List<String> enabledEvents) {
        requireId(integrationId, "integration id");
        String subject = "integration " + integrationId;
        String body = WebhookIntegrations.updateBody(publicBaseUrl, signatureKey, enabledEvents);
        transport.send(
                KisiRequest.patch("/integrations/" + encode(integrationId), body, subject, List.of(signatureKey)));
    }

    /**
     * Makes sure Kisi posts the given events to this Threshold: updates Threshold's integration if Kisi has one (an
     * event webhook named "Threshold", or any integration already posting to the same URL), and creates it
     * otherwise. Running it twice leaves one integration.
     *
     * @param enabledEvents usually {@link ThresholdWebhook#LOCK_EVENTS}
     */
    public EnsuredIntegration ensureIntegration(String publicBaseUrl, String signatureKey, List<String> enabledEvents) {
        String url = ThresholdWebhook.eventsUrl(publicBaseUrl);
        WebhookIntegrations.requireSignatureKey(signatureKey);
        Objects.requireNonNull(enabledEvents, "enabled events");
        Optional<KisiIntegration> existing = WebhookIntegrations.thresholds(integrations(), url);
        if (existing.isPresent()) {
            String id = existing.get().id();
            updateIntegration(id, publicBaseUrl, signatureKey, enabledEvents);
            LOG.info(() -> "Kisi integration " + id + " now posts " + enabledEvents.size() + " event types to " + url);
            return new EnsuredIntegration(id, EnsuredIntegration.Outcome.UPDATED);
        }
        String id = createIntegration(publicBaseUrl, signatureKey, enabledEvents);
        LOG.info(() ->
                "Created Kisi integration " + id + ", posting " + enabledEvents.size() + " event types to " + url);
        return new EnsuredIntegration(id, EnsuredIntegration.Outcome.CREATED);
    }

    @Override
    public String toString() {
        return "KisiClient[" + connection + "]";
    }

    /** Every item of a list, page by page, as X-Collection-Range says; no header means the one page is all. */
    private List<JsonObject> all(String path, String subject) {
        List<JsonObject> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        long offset = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            KisiTransport.Answer answer = transport.send(
                    KisiRequest.get(path + separator + "limit=" + PAGE_SIZE + "&offset=" + offset, subject));
            List<JsonObject> pageItems = KisiJson.objects(answer.body(), subject);
            items.addAll(pageItems);
            Optional<String> header = answer.header(CollectionRange.HEADER);
            if (header.isEmpty() || pageItems.isEmpty()) {
                return items;
            }
            OptionalLong next = range(header.get(), subject).nextOffset();
            if (next.isEmpty()) {
                return items;
            }
            if (next.getAsLong() <= offset) {
                throw KisiFailures.unexpectedAnswer(subject, "the pages do not advance past " + offset, null);
            }
            offset = next.getAsLong();
        }
        throw KisiFailures.unexpectedAnswer(subject, "more than " + MAX_PAGES + " pages", null);
    }

    private static CollectionRange range(String header, String subject) {
        try {
            return CollectionRange.parse(header);
        } catch (IllegalArgumentException e) {
            throw KisiFailures.unexpectedAnswer(subject, e.getMessage(), e);
        }
    }

    private static KisiLock toLock(JsonObject lock, String subject) {
        String placeId = KisiJson.text(lock, "place_id");
        if (placeId == null) {
            placeId = KisiJson.child(lock, "place")
                    .map(place -> KisiJson.text(place, "id"))
                    .orElse(null);
        }
        return new KisiLock(KisiJson.id(lock, "id", subject), KisiJson.text(lock, "name"), placeId);
    }

    private static void requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("Kisi " + what + " is required");
        }
    }

    /** Ids come from settings and events; encoding keeps a stray "/" or "?" from changing the path. */
    private static String encode(String value) {
        return URLEncoder.encode(value.strip(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
