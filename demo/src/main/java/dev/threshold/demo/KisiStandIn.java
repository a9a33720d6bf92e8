package dev.threshold.demo;

import dev.threshold.application.kisi.KisiSettingsService;
import dev.threshold.application.kisi.KisiSettingsView;
import dev.threshold.domain.camera.AnalysedFrameRepository;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.infrastructure.security.KisiSignature;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo switch ({@code threshold.demo.enabled}, off unless the README's start command turns it on) and the
 * stand-in for Kisi it starts: at the demo script's badge moments it posts signed {@code lock.unlock} events for the
 * demo door to this server's own webhook, exactly as Kisi would, so everything after the webhook — labels, door
 * windows, verdicts — runs as it does in production. The moments repeat with the demo loop, in step with the demo
 * camera (both follow {@link DemoLoop}), once the demo camera is analysed: until then the demo is held
 * ({@link DemoHold}), so that the first tailgater a new user sees is not lost to a camera still starting.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "CameraLeaseKeeper"})
public class KisiStandIn {

    private static final Logger LOG = Logger.getLogger(KisiStandIn.class.getName());

    @Inject
    @ConfigProperty(name = "threshold.demo.enabled", defaultValue = "false")
    boolean enabled;

    /** Where to post; by default this server's own HTTP port (with the port offset WildFly applies). */
    @Inject
    @ConfigProperty(name = "threshold.demo.webhook-url")
    Optional<String> webhookUrl;

    @EJB
    DemoSetup setup;

    @Inject
    KisiSettingsService kisiSettings;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    /** The hold's timer (the badges' timers carry their index). */
    private static final String FIRST_FRAME = "first analysed frame";

    @Inject
    CameraRepository cameras;

    @Inject
    AnalysedFrameRepository analysedFrames;

    private final DemoScript script = DemoScript.standard();
    private volatile Instant deployedAt;
    private final DemoLoop loop = new DemoLoop(script.loopSeconds());
    private HttpClient http;
    private URI webhook;
    private volatile boolean failing;

    @PostConstruct
    void startDemo() {
        if (!enabled) {
            return;
        }
        try {
            setup.setUpDemoDoor();
        } catch (RuntimeException e) {
            // The demo must never keep Threshold from starting: say why, and run without it.
            LOG.log(Level.WARNING, "Demo: could not set up the demo door, the demo is off: " + e.getMessage(), e);
            return;
        }
        deployedAt = clock.instant();
        DemoHold.hold();
        timers.createIntervalTimer(1000, 1000, new TimerConfig(FIRST_FRAME, false));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        webhook = URI.create(webhookUrl.orElseGet(KisiStandIn::ownWebhook));
        List<Badge> badges = script.badges();
        Instant now = clock.instant();
        for (int i = 0; i < badges.size(); i++) {
            Instant first = loop.nextAt(now, badges.get(i).atSeconds());
            timers.createIntervalTimer(Date.from(first), loop.loopMillis(), new TimerConfig(i, false));
        }
        LOG.info(() -> "Demo on: the demo camera shows '" + DemoDoor.NAME + "'; a Kisi stand-in posts " + badges.size()
                + " signed unlocks every " + (long) script.loopSeconds() + " s to " + webhook);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // an HTTP call, no transaction to hold open
    void timeout(Timer timer) {
        if (timer.getInfo() instanceof Integer badge) {
            badge(script.badges().get(badge));
        } else {
            releaseOnFirstAnalysedFrame(timer);
        }
    }

    /**
     * Every second until the demo camera's first frame of this deployment is analysed (stored as analysed), then the
     * demo plays: the passages that start from then on, their people and their badges ({@link DemoHold}).
     */
    private void releaseOnFirstAnalysedFrame(Timer timer) {
        Optional<Instant> analysed;
        try {
            analysed = cameras.findByName(DemoScene.CAMERA_NAME)
                    .flatMap(camera -> analysedFrames.latestCapture(camera.id().toString()))
                    .filter(at -> at.isAfter(deployedAt));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Demo: the analysed frames cannot be read yet", e);
            return;
        }
        if (analysed.isEmpty()) {
            return;
        }
        timer.cancel();
        Instant now = clock.instant();
        DemoHold.release(now);
        double seconds = Duration.between(deployedAt, analysed.get()).toMillis() / 1000.0;
        LOG.info(() -> String.format(
                java.util.Locale.ROOT,
                "Demo: the demo camera's first frame was analysed %.1f s"
                        + " after deployment; its people and their badges play from now on (loop second %.0f)",
                seconds,
                loop.secondsAt(now)));
    }

    /** One badge of the loop: the event Kisi would post, signed with the stored key, to the webhook. */
    private void badge(Badge badge) {
        Instant now = clock.instant();
        Instant roundStart = now.minusMillis(Math.round(loop.secondsAt(now) * 1000));
        Instant passageStart = roundStart.plusMillis(Math.round(passageOf(badge).startsAt() * 1000));
        if (!DemoHold.plays(passageStart)) {
            LOG.fine(() -> "Demo: " + badge.actor().name() + "'s unlock held: the demo camera is not analysed yet");
            return;
        }
        KisiSettingsView kisi = kisiSettings.currentSettings();
        if (!kisi.configured()) {
            report("no Kisi settings (they were removed); no unlock posted");
            return;
        }
        byte[] body =
                DemoUnlockEvent.body(badge, kisi.organizationId(), kisi.placeId(), UUID.randomUUID(), clock.instant());
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        kisiSettings.signatureKey().ifPresent(key -> request.header("X-Signature", KisiSignature.sign(body, key)));
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 == 2) {
                recovered();
                LOG.fine(() -> "Demo: " + badge.actor().name() + " unlocked " + DemoDoor.NAME);
            } else {
                report("the webhook answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (IOException e) {
            report("the webhook " + webhook + " cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Passage passageOf(Badge badge) {
        return script.passages().stream()
                .filter(p -> p.badge().filter(badge::equals).isPresent())
                .findFirst()
                .orElseThrow();
    }

    /** Says once that posting fails (not every 12 s), and once that it works again. */
    private void report(String problem) {
        if (!failing) {
            failing = true;
            LOG.warning("Demo: the Kisi stand-in could not post an unlock: " + problem);
        } else {
            LOG.log(Level.FINE, "Demo: still failing: {0}", problem);
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            LOG.info("Demo: the Kisi stand-in posts unlocks again");
        }
    }

    private static String ownWebhook() {
        int port =
                Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + port + "/kisi/events";
    }
}
