package dev.threshold.infrastructure.health;

/** The state of one thing Threshold depends on, with a detail an operator can act on. */
public record HealthCheck(String name, boolean up, String detail) {

    public HealthCheck {
        detail = detail == null ? "" : detail;
    }
}
