package dev.threshold.application.kisi;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.threshold.infrastructure.kisi.KisiClient;
import org.junit.jupiter.api.Test;

/** One client per token, shared by every call with it (its pacing is per token), several tokens side by side. */
class KisiClientsTest {

    private static KisiClients clients() {
        KisiClients clients = new KisiClients();
        clients.baseUrl = "http://localhost:9124";
        clients.timeoutSeconds = 10;
        return clients;
    }

    @Test
    void eachTokenKeepsItsOwnClientWhileAnotherIsUsed() {
        KisiClients clients = clients();
        KisiClient first = clients.forToken("first-token");
        KisiClient second = clients.forToken("second-token");
        assertNotSame(first, second);
        assertSame(first, clients.forToken("first-token"), "alternating places share one pacing per token");
        assertSame(second, clients.forToken("second-token"));
    }

    @Test
    void theLeastRecentlyUsedClientsBeyondTheLimitAreLetGo() {
        KisiClients clients = clients();
        KisiClient kept = clients.forToken("token-0");
        KisiClient replaced = clients.forToken("token-1");
        for (int i = 2; i <= KisiClients.MAX_CLIENTS; i++) {
            clients.forToken("token-" + i);
            clients.forToken("token-0"); // in use all along
        }
        assertSame(kept, clients.forToken("token-0"));
        assertNotSame(replaced, clients.forToken("token-1"), "the least recently used token's client was let go");
    }
}
