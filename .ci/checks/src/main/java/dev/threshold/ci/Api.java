package dev.threshold.ci;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Threshold's HTTP API at {@code base}, as the admin with {@code password} (HTTP Basic, as the README shows). */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    final URI base;
    String password;

    Api(URI base, String password) {
        this.base = base;
        this.password = password;
    }

    /** GET without credentials; status -1 while nothing listens (the server is starting). */
    static Answer open(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    Answer get(String path) {
        return send(asAdmin(path).GET());
    }

    Answer put(String path, String json) {
        return send(asAdmin(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST to the Kisi webhook, as Kisi does: the raw body and its signature header. */
    Answer postWebhook(String body, String signature) {
        return send(HttpRequest.newBuilder(base.resolve("kisi/events"))
                .header("Content-Type", "application/json")
                .header("X-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Where the server makes the initial admin choose a new password before anything else (REST answers 403 saying
     * so) and the console did not get to do it: chooses one through {@code PUT /api/account/password}, as a script of
     * an operator would. @return whether the password was replaced
     */
    boolean replacePasswordIfRequired(String newPassword) {
        Answer probe = get("api/cameras");
        if (probe.status() != 403 || !probe.body().toLowerCase().contains("password")) {
            return false;
        }
        String body = Json.createObjectBuilder()
                .add("currentPassword", password)
                .add("newPassword", newPassword)
                .build()
                .toString();
        Answer changed = put("api/account/password", body);
        if (changed.status() / 100 != 2) {
            Failure.fail("the API wants admin's generated password replaced (" + probe
                    + "), and PUT /api/account/password " + "answered " + changed);
        }
        password = newPassword;
        return true;
    }

    static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder asAdmin(String path) {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + credentials);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException notListening) {
            return new Answer(-1, String.valueOf(notListening));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer; {@code status} -1 when there was none. */
    record Answer(int status, String body) {

        JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException notJson) {
                return Failure.fail("expected JSON, got HTTP " + status + ": " + shortened());
            }
        }

        String shortened() {
            String oneLine = body.replaceAll("\\s+", " ");
            return oneLine.length() <= 400 ? oneLine : oneLine.substring(0, 400) + "…";
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + shortened();
        }
    }
}
