package dev.threshold.ci;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Threshold installed into a stock WildFly from the release bundle (.ci/install-check has done it with the commands of
 * INSTALL.md): its health answers, the console signs the admin in, and a Kisi event signed with the signature key an
 * admin set through the REST API is stored and found again by label search.
 */
public final class InstallCheck {

    public static void main(String[] args) throws IOException {
        try {
            Args parsed = new Args(args);
            URI base = URI.create(parsed.get("base"));
            run(
                    base,
                    base.resolve(parsed.get("console", "ui/")),
                    Path.of(parsed.get("password-file")),
                    Path.of(parsed.get("screenshot")));
        } catch (Failure failure) {
            System.out.println("INSTALL CHECK FAILED: " + failure.getMessage());
            System.exit(1);
        }
        System.exit(0); // Selenium's threads would keep the JVM up
    }

    /** @param console the console's URL INSTALL.md gives ({@code /ui/}) */
    private static void run(URI base, URI console, Path passwordFile, Path screenshot) throws IOException {
        Api.Answer health = Api.open(base.resolve("health"));
        if (health.status() != 200) {
            Failure.fail("GET " + base.resolve("health") + " after the deployment: " + health);
        }
        System.out.println("health: " + health);
        if (!Files.isReadable(passwordFile)) {
            Failure.fail("no generated admin password at " + passwordFile + " (INSTALL.md names it)");
        }
        Api api = new Api(base, Files.readString(passwordFile).trim());

        String consoleProblem = null;
        try (Console browser = Console.start()) {
            api.password = browser.openSignedIn(console.toString(), api.password);
            if (browser.isConsole()) {
                browser.screenshot(screenshot);
                System.out.println("console: " + console + " → signed in as admin → '" + browser.title() + "' at "
                        + browser.url());
            } else {
                consoleProblem = "the console at " + console
                        + " shows no console after signing in as admin: the browser is at " + browser.url() + ", page: "
                        + browser.text() + " (screenshot " + browser.screenshot(screenshot) + ")";
                System.out.println("console: FAILED (the webhook is checked all the same)");
            }
        }
        if (api.replacePasswordIfRequired(Console.newPassword())) {
            System.out.println(
                    "admin's generated password replaced through PUT /api/account/password (the API required it)");
        }

        // Kisi settings with a signature key, as an admin sets them (docs/kisi.md); then an event signed as Kisi signs.
        String key = randomLetters(32);
        Api.Answer saved = api.put(
                "api/settings/kisi", "{\"organizationId\":\"12\",\"placeId\":\"34\",\"signatureKey\":\"" + key + "\"}");
        if (saved.status() != 200) {
            Failure.fail("PUT /api/settings/kisi with a signature key: " + saved);
        }
        String uuid = UUID.randomUUID().toString();
        String door = "Install check door " + randomLetters(10);
        String event = """
                {"uuid":"%s","type":"lock.unlock","success":true,"actor_type":"User","actor_id":7,"actor_name":"Ada",
                 "object_type":"Lock","object_id":4711,"object_name":"%s","place_id":34,"organization_id":12,
                 "created_at":"%s"}""".formatted(uuid, door, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        Api.Answer unsigned = api.postWebhook(event, "sha256=" + "0".repeat(64));
        if (unsigned.status() != 401) {
            Failure.fail("a wrongly signed event was not refused with 401 once the key was set: " + unsigned);
        }
        Api.Answer posted = api.postWebhook(event, "sha256=" + hmacSha256Hex(key, event));
        if (posted.status() != 201 && posted.status() != 200) {
            Failure.fail("POST /kisi/events, signed with the key just set: " + posted);
        }
        String query = "\"" + door.toLowerCase() + "\"";
        Api.Answer[] found = {null};
        boolean stored = Clock.await(
                () -> {
                    found[0] = api.get("api/labels?q=" + Api.query(query));
                    return found[0].status() == 200 && found[0].body().contains(uuid);
                },
                30);
        if (!stored) {
            Failure.fail("the signed event " + uuid + " (answered " + posted.status()
                    + ") is not found by GET /api/labels?q=" + query + ": " + found[0]);
        }
        System.out.println("webhook: a signed lock.unlock answered " + posted.status() + " and found by label search ("
                + door + "); a wrongly signed one answered 401");
        if (consoleProblem != null) {
            Failure.fail(consoleProblem);
        }
        System.out.println("INSTALL CHECK OK");
    }

    private static String hmacSha256Hex(String key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomLetters(int count) {
        SecureRandom random = new SecureRandom();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
