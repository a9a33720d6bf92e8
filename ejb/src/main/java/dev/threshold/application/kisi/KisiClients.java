package dev.threshold.application.kisi;

import dev.threshold.infrastructure.kisi.KisiClient;
import dev.threshold.infrastructure.kisi.KisiConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One Kisi client per API token, kept between calls: the client paces its requests to Kisi's 5 per second (a limit
 * per token), which only works if every call of this server with that token shares it. Each place may have a token
 * of its own; a new token (saved in settings) gets a new client, and the least recently used ones beyond
 * {@value #MAX_CLIENTS} (tokens replaced or of removed places) are let go.
 */
@ApplicationScoped
public class KisiClients {

    @Inject
    @ConfigProperty(name = "threshold.kisi.base-url", defaultValue = "https://api.kisi.io")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "threshold.kisi.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    static final int MAX_CLIENTS = 32;

    private final Map<KisiConnection, KisiClient> clients = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<KisiConnection, KisiClient> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    synchronized KisiClient forToken(String apiToken) {
        KisiConnection wanted = new KisiConnection(URI.create(baseUrl), apiToken, Duration.ofSeconds(timeoutSeconds));
        return clients.computeIfAbsent(wanted, KisiClient::new);
    }
}
