package dev.threshold.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The admin password the tests sign in with. Threshold generates the first admin's password, writes it to a file in
 * its data directory and requires it to be replaced at the first sign-in; this helper replaces it once per server with
 * one derived from it (so that every test, in any order and in any JVM, knows it) and answers that one.
 */
final class AdminPassword {

    private static final Map<String, String> CHOSEN = new ConcurrentHashMap<>();

    private AdminPassword() {}

    /** The generated password, as the server wrote it to {@code <data dir>/threshold/initial-admin-password}. */
    static String generated(Path dataDir) {
        Path file = dataDir.resolve("threshold").resolve("initial-admin-password");
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("no admin password file at " + file, e);
        }
    }

    /** The tests' admin password on the server at {@code base}, set in place of the generated one when needed. */
    static String chosen(URI base, Path dataDir) {
        String generated = generated(dataDir);
        return CHOSEN.computeIfAbsent(base + " " + generated, k -> replace(base, generated));
    }

    /** What the tests choose instead of {@code generated}. */
    static String derivedFrom(String generated) {
        return generated + "-chosen-by-it";
    }

    private static String replace(URI base, String generated) {
        String chosen = derivedFrom(generated);
        if (ThresholdServer.send(HttpRequest.newBuilder(base.resolve("api/account"))
                                .header("Authorization", ThresholdServer.basicAuth("admin", chosen))
                                .GET())
                        .statusCode()
                == 200) {
            return chosen; // replaced before (another JVM, an earlier run on the same data)
        }
        HttpResponse<String> changed = changePassword(base, generated, chosen);
        if (changed.statusCode() != 204) {
            throw new AssertionError("the admin's generated password could not be replaced on " + base + ": "
                    + changed.statusCode() + " " + changed.body());
        }
        return chosen;
    }

    /** PUT /api/account/password as admin, signed in with {@code current}. */
    static HttpResponse<String> changePassword(URI base, String current, String next) {
        return ThresholdServer.send(HttpRequest.newBuilder(base.resolve("api/account/password"))
                .header("Authorization", ThresholdServer.basicAuth("admin", current))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}")));
    }
}
