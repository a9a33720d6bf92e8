package dev.threshold.application.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.security.SecretsUnavailableException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

/** Telling the failures that are the node's state (503) from the others, however the EJB container wrapped them. */
class NodeHealthTest {

    @Test
    void unopenableSecretsAreFoundAsThemselvesOrWrapped() {
        SecretsUnavailableException secrets = new SecretsUnavailableException("the key was changed", null);
        assertTrue(NodeHealth.secretsUnavailable(secrets));
        assertTrue(NodeHealth.secretsUnavailable(new EJBException(new RuntimeException(secrets))));
        assertFalse(NodeHealth.secretsUnavailable(new EJBException(new IllegalStateException("a bug"))));
    }
}
