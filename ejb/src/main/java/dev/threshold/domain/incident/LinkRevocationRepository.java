package dev.threshold.domain.incident;

import java.util.Optional;
import java.util.UUID;

/** Where the revocations of incidents' shared links are kept. */
public interface LinkRevocationRepository {

    Optional<LinkRevocation> find(UUID incidentId);

    void store(LinkRevocation revocation);
}
