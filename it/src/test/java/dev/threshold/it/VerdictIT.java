package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.postEvent;
import static dev.threshold.it.ThresholdServer.searchLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.application.notification.IncidentLinks;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.domain.camera.DoorCrossing;
import dev.threshold.domain.camera.DoorCrossingRepository;
import dev.threshold.testing.Await;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tailgating verdicts on the real server: Kisi events posted to the webhook open door windows; people counted on the
 * door's camera (stored crossings, as the vision pipeline stores them) are compared with the grants when the window
 * ends — by a delayed message, not polling — and a tailgating incident with its label follows, reviewable over REST.
 */
@ExtendWith(ArquillianExtension.class)
class VerdictIT {

    /** The window ends 10 s after the last grant; its verdict must follow within a second of that. */
    static final Duration VERDICT_WAIT = Duration.ofSeconds(25);

    @Deployment
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEarWith(VerdictIT.class);
    }

    @Inject
    CameraRepository cameras;

    @Inject
    IncidentLinks links;

    @Inject
    DoorCrossingRepository crossings;

    @Resource
    UserTransaction transaction;

    @Test
    void twoPeopleOnOneBadgeMakeATailgatingIncidentWithItsLabelAndItIsReviewed() throws Exception {
        Door door = door("Tailgate door");
        Instant unlock = Instant.now();
        countEntries(door, unlock.plusMillis(2500), unlock.plusMillis(3000));
        post(door, "lock.unlock", unlock, true, "Ada Gate");

        String incident = awaitIncident(door);
        assertTrue(incident.contains("\"kind\":\"tailgating\""), incident);
        assertTrue(incident.contains("\"unauthorised\":1"), incident);
        assertTrue(incident.contains("\"grants\":1,\"entries\":2"), incident);
        assertTrue(incident.contains("\"status\":\"open\""), incident);
        String id = ThresholdServer.firstId(incident);

        HttpResponse<String> details = asAdmin("GET", "api/incidents/" + id, null);
        assertEquals(200, details.statusCode(), details.body());
        assertTrue(
                details.body().contains("\"actorName\":\"Ada Gate\""), "who let the tailgater in: " + details.body());
        assertTrue(details.body().contains("\"position\":1"), "one occurrence: " + details.body());
        assertTrue(details.body().contains("\"camera\":\"" + door.camera + "\""), details.body());

        HttpResponse<String> label = searchLabels("tailgating " + door.name.toLowerCase());
        assertTrue(
                label.body().contains("\"label\":\"tailgating\"")
                        || label.body().contains("tailgating"),
                label.body());
        assertTrue(label.body().contains(door.name), "labelled at the door: " + label.body());

        // The e-mail's link that needs no sign-in: the evidence page, only with a valid, unexpired signature.
        String link = links.signedLink(UUID.fromString(id));
        String path = link.substring(link.indexOf("/shared/") + 1);
        HttpResponse<String> shared = ThresholdServer.get(path);
        assertEquals(200, shared.statusCode(), shared.body());
        assertTrue(shared.body().contains(door.name) && shared.body().contains("Ada Gate"), shared.body());
        assertEquals(403, ThresholdServer.get(path + "0").statusCode(), "tampered");
        String expired = links.signedLink(UUID.fromString(id), Instant.now().minusSeconds(60));
        assertEquals(
                403,
                ThresholdServer.get(expired.substring(expired.indexOf("/shared/") + 1))
                        .statusCode(),
                "expired");

        HttpResponse<String> windows = asAdmin("GET", "api/windows?door=" + door.lockId, null);
        Matcher latency = Pattern.compile("\"verdictLatencyMillis\":(-?\\d+)").matcher(windows.body());
        assertTrue(latency.find(), windows.body());
        assertTrue(Long.parseLong(latency.group(1)) < 1500, "verdict soon after the window ended: " + windows.body());

        HttpResponse<String> noReason = asAdmin("POST", "api/incidents/" + id + "/dismiss", "{}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());
        HttpResponse<String> dismissed = asAdmin(
                "POST",
                "api/incidents/" + id + "/dismiss",
                "{\"reason\":\"Courier with a parcel, known to reception\"}");
        assertEquals(200, dismissed.statusCode(), dismissed.body());
        assertTrue(dismissed.body().contains("\"status\":\"dismissed\""), dismissed.body());
        assertTrue(dismissed.body().contains("\"reviewedBy\":\"admin\""), dismissed.body());
        assertEquals(
                409, asAdmin("POST", "api/incidents/" + id + "/confirm", "{}").statusCode(), "reviewed once");
        HttpResponse<String> record = asAdmin("GET", "api/incidents/doors", null);
        assertTrue(
                record.body()
                        .contains(
                                "\"lockId\":\"" + door.lockId + "\",\"door\":\"" + door.name
                                        + "\",\"incidents\":1,\"confirmed\":0,\"dismissed\":1,\"awaitingReview\":0,\"dismissedShare\":1.0"),
                record.body());
    }

    @Test
    void aGroupBadgingInOneByOneAndADeniedBadgeMakeNoIncident() throws Exception {
        Door door = door("Group door");
        Instant first = Instant.now();
        countEntries(door, first.plusMillis(1500), first.plusMillis(3500));
        post(door, "lock.unlock", first, true, "Ada Group");
        post(door, "lock.unlock", first.plusSeconds(2), true, "Bob Group");
        post(door, "lock.unlock", first.plusSeconds(3), false, "Eve Denied");

        Await.until(
                () -> asAdmin("GET", "api/windows?door=" + door.lockId, null)
                        .body()
                        .contains("\"grants\":2,\"entries\":2,\"tailgaters\":0"),
                VERDICT_WAIT,
                "the window's verdict");
        assertTrue(
                asAdmin("GET", "api/incidents?door=" + door.lockId, null).body().contains("\"total\":0"));
    }

    @Test
    void aGrantArrivingLateWithdrawsTheIncident() throws Exception {
        Door door = door("Late door");
        Instant unlock = Instant.now();
        countEntries(door, unlock.plusMillis(2000), unlock.plusMillis(2600));
        post(door, "lock.unlock", unlock, true, "Ada Late");
        String incident = awaitIncident(door);
        String id = ThresholdServer.firstId(incident);

        // The second badge's webhook was delayed: it arrives after the verdict, dated inside the window.
        post(door, "lock.unlock", unlock.plusSeconds(1), true, "Bob Late");
        Await.until(
                () -> asAdmin("GET", "api/incidents/" + id, null).body().contains("\"status\":\"withdrawn\""),
                VERDICT_WAIT,
                "the incident withdrawn");
        Await.until(
                () -> !searchLabels("tailgating " + door.name.toLowerCase())
                        .body()
                        .contains(door.name),
                Duration.ofSeconds(5),
                "its label taken off the video");
        assertTrue(
                asAdmin("GET", "api/incidents?door=" + door.lockId, null).body().contains("\"total\":1"),
                "still one incident for the window, never two");
    }

    @Test
    void whoeverWalksInWhileTheDoorIsForcedOpenIsAForcedEntry() throws Exception {
        Door door = door("Forced door");
        Instant forced = Instant.now();
        countEntries(door, forced.plusMillis(1000));
        post(door, "lock.forced_open", forced, null, null);
        post(door, "lock.closed", forced.plusSeconds(4), null, null);
        String incident = awaitIncident(door);
        assertTrue(incident.contains("\"kind\":\"forced entry\""), incident);
        assertTrue(incident.contains("\"grants\":0,\"entries\":1,\"unauthorised\":1"), incident);
        assertTrue(
                searchLabels("forced entry " + door.name.toLowerCase()).body().contains(door.name));

        // An unauthorised entry like tailgating: found by "tailgating" too, still labelled with its own kind.
        String asTailgating = labelsAt(door, "tailgating");
        assertTrue(asTailgating.contains("\"label\":\"forced entry\""), asTailgating);
        assertTrue(asTailgating.contains("\"token\":\"threshold.forced_entry\""), asTailgating);
        assertTrue(!asTailgating.contains("\"label\":\"tailgating\""), "no second row: " + asTailgating);
    }

    /**
     * Camio's manual set-up subscribes the webhook to lock.forced_open, lock.held_open and lock.unlock only: no
     * lock.closed or lock.locked ever comes. The held-open window still ends, at the door's maximum after the report,
     * and is judged then, without any further event; the next grant after it opens a window of its own.
     */
    @Test
    void aHeldOpenDoorIsJudgedAtItsMaximumWhenOnlyCamiosThreeEventTypesCome() throws Exception {
        Door door = door("Held door");
        HttpResponse<String> set =
                asAdmin("PUT", "api/doors/" + door.lockId + "/settings", "{\"heldOpenMaxSeconds\":5}");
        assertEquals(200, set.statusCode(), set.body());
        assertTrue(set.body().contains("\"heldOpenMaxSeconds\":5"), set.body());

        // Kisi reports the door held open when it outlasts the sensor's unlock duration: here 6 s after the badge,
        // now. The window then lasts until 5 s after the report, past the badge's own 10 s.
        Instant heldOpen = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant unlock = heldOpen.minusSeconds(6);
        // One badge; two walk in right after it, one more while the door stands open.
        countEntries(door, unlock.plusMillis(1200), unlock.plusMillis(1800), heldOpen.plusMillis(1500));
        post(door, "lock.unlock", unlock, true, "Ada Held");
        post(door, "lock.held_open", heldOpen, null, null);

        String incident = awaitIncident(door);
        assertTrue(incident.contains("\"kind\":\"tailgating\""), incident);
        assertTrue(incident.contains("\"grants\":1,\"entries\":3"), incident);
        String windows = asAdmin("GET", "api/windows?door=" + door.lockId, null).body();
        assertTrue(
                windows.contains("\"end\":\"" + heldOpen.plusSeconds(5) + "\""),
                "ends 5 s after the held-open report: " + windows);
        Matcher latency = Pattern.compile("\"verdictLatencyMillis\":(-?\\d+)").matcher(windows);
        assertTrue(latency.find(), windows);
        assertTrue(Long.parseLong(latency.group(1)) < 1500, "judged on time, on no event: " + windows);

        // The door is known closed now: the next badge is a window of its own, not one more grant of the first.
        post(door, "lock.unlock", Instant.now(), true, "Bob Held");
        Await.until(
                () -> asAdmin("GET", "api/windows?door=" + door.lockId, null)
                        .body()
                        .contains("\"grants\":1,\"entries\":0,\"tailgaters\":0"),
                VERDICT_WAIT,
                "the next window's verdict");
        String after = ThresholdServer.awaitOneIncident(door.lockId, door.name, VERDICT_WAIT);
        assertTrue(after.contains("\"grants\":1,\"entries\":3"), "the first window keeps its one grant: " + after);
    }

    @Test
    void theHeldOpenMaximumIsCheckedAndABadValueChangesNothing() {
        Door door = door("Max door");
        String settings = "api/doors/" + door.lockId + "/settings";
        for (String bad : List.of("0", "-5", "3601", "1.5", "\"60\"", "null")) {
            HttpResponse<String> refused =
                    asAdmin("PUT", settings, "{\"holdDoubtfulEmail\":true,\"heldOpenMaxSeconds\":" + bad + "}");
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertTrue(
                    refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    bad + ": " + refused.headers());
            assertTrue(refused.body().contains("\"field\":\"heldOpenMaxSeconds\""), bad + ": " + refused.body());
        }
        String unchanged = asAdmin("GET", "api/doors/" + door.lockId, null).body();
        assertTrue(unchanged.contains("\"holdDoubtfulEmail\":false"), "nothing half-written: " + unchanged);
        assertTrue(unchanged.contains("\"heldOpenMaxSeconds\":60"), "the default: " + unchanged);
        HttpResponse<String> kept = asAdmin("PUT", settings, "{\"heldOpenMaxSeconds\":3600}");
        assertEquals(200, kept.statusCode(), kept.body());
        assertTrue(kept.body().contains("\"heldOpenMaxSeconds\":3600"), kept.body());
        assertTrue(
                kept.body().contains("\"holdDoubtfulEmail\":false"), "an absent field keeps its value: " + kept.body());
    }

    /**
     * Every label token and sample query of Camio's Kisi guide, searched verbatim, finds its event or incident here,
     * so that a security team's habits and saved searches carry over. Source: "Camio User Guide for Kisi: Tailgating
     * detection and real-time video search",
     * https://help.camio.com/hc/en-us/articles/13210931687444-Camio-User-Guide-for-Kisi-Tailgating-detection-and-real-time-video-search
     * (the overview's searches "tailgating, door unlocked, door forced open, door held open"; the labels
     * entry.unlocked, entry.forced_open, entry.ajar.started and tailgating; the per-person token
     * {@code <user id>_entry.unlocked}).
     */
    @Test
    void everyTokenAndSampleQueryOfCamiosKisiGuideFindsItsLabel() throws Exception {
        Door door = door("Guide door");
        assertEquals(
                200,
                asAdmin("PUT", "api/doors/" + door.lockId + "/settings", "{\"heldOpenMaxSeconds\":5}")
                        .statusCode());
        Instant unlock = Instant.now();
        countEntries(door, unlock.plusMillis(1500), unlock.plusMillis(2000));
        post(door, "lock.forced_open", unlock.minusSeconds(30), null, null);
        post(door, "lock.unlock", unlock, true, "Ada Guide");
        post(door, "lock.held_open", unlock.plusSeconds(3), null, null);
        String actorId = String.valueOf(Math.abs((long) "Ada Guide".hashCode()));
        awaitIncident(door);

        record GuideWords(String query, String label) {}
        List<GuideWords> guide = List.of(
                new GuideWords("tailgating", "tailgating"),
                new GuideWords("door unlocked", "entry unlocked"),
                new GuideWords("door forced open", "entry forced open"),
                new GuideWords("door held open", "entry ajar started"),
                new GuideWords("entry.unlocked", "entry unlocked"),
                new GuideWords("entry.forced_open", "entry forced open"),
                new GuideWords("entry.ajar.started", "entry ajar started"),
                new GuideWords(actorId + "_entry.unlocked", "entry unlocked"),
                // ours, kept working beside the guide's
                new GuideWords("entry.ajar_started", "entry ajar started"));
        for (GuideWords words : guide) {
            String found = labelsAt(door, words.query());
            assertTrue(
                    found.contains("\"label\":\"" + words.label() + "\""),
                    "\"" + words.query() + "\" finds " + words.label() + ": " + found);
        }
    }

    @Test
    void noVerdictWhileTheDoorIsOpenBySchedule() throws Exception {
        Door door = door("Scheduled door");
        Instant start = Instant.now();
        countEntries(door, start.plusMillis(1500), start.plusMillis(1800), start.plusMillis(2100));
        post(door, "lock.scheduled_unlock_started", start, null, null);
        post(door, "lock.unlock", start.plusSeconds(1), true, "Ada Schedule");
        // Once the schedule ends, a badge opens a window, judged when the door closes a second later. Judging cuts
        // all the door's events again: had the unlock during the schedule opened a window, the door would have two
        // windows by then (or one from the first badge with both grants), and its three entries would be tailgaters.
        post(door, "lock.scheduled_unlock_ended", start.plusMillis(2500), null, null);
        post(door, "lock.unlock", start.plusSeconds(5), true, "Bob After Schedule");
        post(door, "lock.closed", start.plusMillis(5500), null, null);
        String[] windows = new String[1];
        Await.until(
                () -> {
                    windows[0] = asAdmin("GET", "api/windows?door=" + door.lockId, null)
                            .body();
                    return windows[0].contains("\"lockId\"");
                },
                VERDICT_WAIT,
                "the verdict of the window after the schedule");
        assertEquals(1, windows[0].split("\"lockId\"", -1).length - 1, "one window, after the schedule: " + windows[0]);
        assertTrue(windows[0].contains("\"grants\":1,\"entries\":0,\"tailgaters\":0"), windows[0]);
        assertTrue(
                asAdmin("GET", "api/incidents?door=" + door.lockId, null).body().contains("\"total\":0"));
    }

    // --- helpers ---

    private record Door(String lockId, String name, String camera, UUID cameraId) {}

    /** A door with a fresh lock id, watched by a fresh camera (whose stream is never read: it is disabled). */
    private Door door(String prefix) {
        String lockId = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String name = prefix + " " + lockId;
        String camera = "Cam " + name;
        return new Door(lockId, name, camera, UUID.fromString(ThresholdServer.doorWithCamera(lockId, name, camera)));
    }

    /** People walking in as the door's camera counted them. */
    private void countEntries(Door door, Instant... times) throws Exception {
        transaction.begin();
        Camera camera = cameras.find(door.cameraId).orElseThrow();
        long track = 1;
        for (Instant at : times) {
            crossings.store(new DoorCrossing(camera, track++, at, DoorCrossing.Direction.in, 0.9, null));
        }
        transaction.commit();
    }

    private static void post(Door door, String type, Instant createdAt, Boolean success, String actor) {
        String body = """
                {"uuid":"%s","type":"%s","success":%s,"actor_type":"User","actor_id":%d,"actor_name":%s,
                 "actor_email":%s,"object_type":"Lock","object_id":%s,"object_name":"%s","organization_id":12,
                 "place_id":34,"created_at":"%s"}
                """.formatted(
                        UUID.randomUUID(),
                        type,
                        success,
                        Math.abs((long) (actor == null ? 0 : actor.hashCode())),
                        actor == null ? "null" : "\"" + actor + "\"",
                        actor == null ? "null" : "\"" + actor.toLowerCase().replace(' ', '.') + "@example.com\"",
                        door.lockId,
                        door.name,
                        createdAt);
        HttpResponse<String> posted = postEvent(body);
        assertEquals(201, posted.statusCode(), posted.body());
    }

    /** The labels at the door that a search for {@code query}, typed as is, finds. */
    private static String labelsAt(Door door, String query) {
        HttpResponse<String> found = asAdmin(
                "GET",
                "api/labels?door=" + door.lockId + "&q="
                        + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8),
                null);
        assertEquals(200, found.statusCode(), query + ": " + found.body());
        return found.body();
    }

    private static String awaitIncident(Door door) {
        return ThresholdServer.awaitOneIncident(door.lockId, door.name, VERDICT_WAIT);
    }
}
