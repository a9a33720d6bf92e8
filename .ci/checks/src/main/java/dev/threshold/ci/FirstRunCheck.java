package dev.threshold.ci;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stranger's first start, checked while it happens (issue 16): .ci/first-run has started the README's start
 * command on a fresh data directory and an empty JavaCPP cache; this waits for the server, opens the README's console
 * URL in Chromium and signs in with the generated password (choosing a new one where the server makes the initial admin
 * do so), waits for the demo camera's first analysed frame and the demo's first tailgating incident, and looks for that
 * incident on the console. It prints the seconds from the command to each of them; what does not come within its limit
 * ends the check with the reasons in words.
 */
public final class FirstRunCheck {

    /** Logged by the analysis when it builds the camera's pipeline, i.e. on the camera's first frame analysed. */
    private static final String FIRST_ANALYSED = "Counting people at the door of camera 'Demo camera'";

    private final Clock clock;
    private final URI console;
    private final URI base;
    private final Path passwordFile;
    private final Path log;
    private final ProcessHandle command;

    private FirstRunCheck(Args args) {
        clock = new Clock(Long.parseLong(args.get("started")));
        console = URI.create(args.get("console"));
        base = console.resolve("/");
        passwordFile = Path.of(args.get("password-file"));
        log = Path.of(args.get("log"));
        command = ProcessHandle.of(Long.parseLong(args.get("pid")))
                .orElseGet(() -> Failure.fail("the start command (pid " + args.get("pid") + ") is not running"));
    }

    public static void main(String[] args) {
        try {
            Args parsed = new Args(args);
            new FirstRunCheck(parsed)
                    .run(
                            Long.parseLong(parsed.get("server-limit", "900")),
                            Long.parseLong(parsed.get("incident-limit", "240")),
                            Path.of(parsed.get("screenshot")));
        } catch (Failure failure) {
            System.out.println("FIRST RUN FAILED: " + failure.getMessage());
            System.exit(1);
        }
        System.exit(0); // Selenium's threads would keep the JVM up
    }

    private void run(long serverLimit, long incidentLimit, Path screenshot) {
        // 1. The server: /health answers once the EAR is deployed.
        String[] health = {""};
        boolean up = Clock.await(
                () -> {
                    if (!command.isAlive()) {
                        Failure.fail("the start command ended before the server was up; its last lines:\n" + tail(30));
                    }
                    Api.Answer answer = Api.open(base.resolve("health"));
                    health[0] = answer.toString();
                    return answer.status() == 200;
                },
                serverLimit);
        if (!up) {
            Failure.fail("the server did not answer " + base.resolve("health") + " with 200 within " + serverLimit
                    + " s of the command (last: " + health[0] + "); the log's last lines:\n" + tail(30));
        }
        long serverUp = clock.seconds();
        System.out.println("server up: " + serverUp + " s after the command (" + health[0] + ")");

        // 2. The generated admin password, in the file the README names.
        if (!Clock.await(() -> Files.isReadable(passwordFile), 60)) {
            Failure.fail("no admin password in " + passwordFile + " (the file README.md names) 60 s after start-up");
        }
        List<String> problems = new ArrayList<>();
        try (Console browser = Console.start()) {
            // 3. The README's console URL in a browser, signed in as admin as a stranger does first (choosing a new
            // password where the server makes the initial admin do so): the console.
            Api api = new Api(
                    base,
                    browser.openSignedIn(console.toString(), read(passwordFile).trim()));
            boolean consoleShown = browser.isConsole();
            if (consoleShown) {
                System.out.println("console: " + console + " → signed in as admin → '" + browser.title() + "' at "
                        + browser.url() + " (" + clock.seconds() + " s after the command)");
            } else {
                problems.add("the README's console URL " + console + " shows no console after signing in as admin: the "
                        + "browser is at " + browser.url() + ", title '" + browser.title() + "', page: "
                        + browser.text()
                        + " (screenshot " + browser.screenshot(screenshot) + ")");
            }

            if (api.replacePasswordIfRequired(Console.newPassword())) {
                System.out.println("admin's generated password replaced through PUT /api/account/password (the API "
                        + "required it, and the console did not ask for it)");
            }

            // 4. The demo camera, its first analysed frame and the demo's first tailgating incident (REST, as admin).
            String[] cameraId = {null};
            Clock.await(() -> (cameraId[0] = demoCameraId(api)) != null, 60);
            if (cameraId[0] == null) {
                problems.add("the demo has no camera 'Demo camera' 60 s after start-up: GET /api/cameras "
                        + api.get("api/cameras"));
                Failure.fail(String.join("\n  and ", problems));
            }
            long[] firstFrame = {-1};
            JsonObject[] incident = {null};
            boolean found = Clock.await(
                    () -> {
                        if (firstFrame[0] < 0) {
                            Optional<String> line = logLine(FIRST_ANALYSED);
                            if (line.isPresent()) {
                                firstFrame[0] = clock.seconds();
                                System.out.println("first analysed frame: " + firstFrame[0] + " s after the command ("
                                        + line.get().substring(line.get().indexOf("Counting")) + ")");
                            }
                        }
                        incident[0] = firstTailgating(api);
                        return incident[0] != null;
                    },
                    incidentLimit);
            if (!found) {
                problems.add("no tailgating incident within " + incidentLimit + " s of the server being up"
                        + (firstFrame[0] < 0
                                ? " and no frame of the demo camera analysed (no log line \"" + FIRST_ANALYSED + "\")"
                                : "")
                        + ".\n  demo camera health: " + api.get("api/cameras/" + cameraId[0] + "/health")
                        + "\n  /health: " + Api.open(base.resolve("health"))
                        + "\n  the log's first errors:\n" + errors(12));
                Failure.fail(String.join("\n  and ", problems));
            }
            long firstIncident = clock.seconds();
            String id = incident[0].getString("id");
            System.out.println("first incident: " + firstIncident + " s after the command ("
                    + incident[0].getString("kind")
                    + " at " + incident[0].getString("door", "?") + ", " + incident[0].getInt("entries") + " in on "
                    + incident[0].getInt("grants") + " badge(s), id " + id + ")");

            // 5. The console again at the README's URL: the incident on that page, or on its Incidents page.
            if (consoleShown) {
                browser.openSignedIn(console.toString(), api.password);
                String where = browser.url();
                if (!browser.isConsole()) {
                    problems.add("the README's console URL " + console + " shows no console on a second visit: "
                            + browser.text());
                } else if (!browser.linksTo(id)) {
                    browser.navigate("Incidents");
                    where = browser.url();
                    if (!browser.linksTo(id)) {
                        problems.add("the console does not list incident " + id + " (neither at " + console
                                + " nor on its Incidents page " + where + "): " + browser.text()
                                + " (screenshot " + browser.screenshot(screenshot) + ")");
                    }
                }
                if (problems.isEmpty()) {
                    browser.screenshot(screenshot);
                    System.out.println("console: incident " + id + " listed at " + where);
                }
            }
            System.out.printf(
                    "first run: server up %d s, first analysed frame %s, first incident %d s after the command%n",
                    serverUp, firstFrame[0] < 0 ? "(not logged)" : firstFrame[0] + " s", firstIncident);
        }
        if (!problems.isEmpty()) {
            Failure.fail(String.join("\n  and ", problems));
        }
        System.out.println("FIRST RUN OK");
    }

    private static String demoCameraId(Api api) {
        Api.Answer cameras = api.get("api/cameras");
        if (cameras.status() != 200) {
            return null;
        }
        for (JsonValue camera : (JsonArray) cameras.json()) {
            JsonObject c = camera.asJsonObject();
            if ("Demo camera".equals(c.getString("name", null))) {
                return c.getString("id");
            }
        }
        return null;
    }

    private static JsonObject firstTailgating(Api api) {
        Api.Answer answer = api.get("api/incidents");
        if (answer.status() != 200) {
            return null;
        }
        return answer.json().asJsonObject().getJsonArray("incidents").stream()
                .map(JsonValue::asJsonObject)
                .filter(i -> i.get("kind") instanceof JsonString kind && "tailgating".equals(kind.getString()))
                .findFirst()
                .orElse(null);
    }

    private Optional<String> logLine(String text) {
        return lines().stream().filter(l -> l.contains(text)).findFirst();
    }

    private String errors(int max) {
        List<String> errors = lines().stream()
                .filter(l -> l.contains(" SEVERE ") || l.contains(" ERROR ") || l.contains("Exception"))
                .limit(max)
                .map(l -> "    " + l)
                .toList();
        return errors.isEmpty() ? "    (none)" : String.join("\n", errors);
    }

    private String tail(int count) {
        List<String> lines = lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    private List<String> lines() {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException e) {
            return List.of("(no log at " + log + ": " + e.getMessage() + ")");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return Failure.fail("cannot read " + file + ": " + e.getMessage());
        }
    }
}
