package dev.threshold.bench.soak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The server's REST API as the admin, and its Kisi webhook signed as Kisi signs (HMAC-SHA256 of the body, hex). */
final class ServerApi {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String auth;
    private final byte[] key;

    ServerApi(URI base, String password, String signatureKey) {
        this.base = base;
        this.auth =
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        this.key = signatureKey.getBytes(StandardCharsets.UTF_8);
    }

    /** An admin's request; fails on anything but 2xx. */
    String send(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60));
        b = json == null
                ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** Posts one Kisi event; the answer's status code. */
    int postEvent(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("kisi/events"))
                .header("Content-Type", "application/json")
                .header("X-Signature", sign(body))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
