package dev.threshold.application;

import dev.threshold.infrastructure.kisi.KisiClient;
import dev.threshold.infrastructure.kisi.KisiConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One Kisi client per API token, kept between calls: the client paces its requests to Kisi's 5 per second, which
 * only works if every call of this server shares it. A new token (saved in settings) gets a new client.
 */
@ApplicationScoped
public class KisiClients {

    @Inject
    @ConfigProperty(name = "threshold.kisi.base-url", defaultValue = "https://api.kisi.io")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "threshold.kisi.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    private KisiClient current;

    synchronized KisiClient forToken(String apiToken) {
        KisiConnection wanted = new KisiConnection(URI.create(baseUrl), apiToken, Duration.ofSeconds(timeoutSeconds));
        if (current == null || !current.connection().equals(wanted)) {
            current = new KisiClient(wanted);
        }
        return current;
    }
}
