package dev.threshold.interfaces.console;

import dev.threshold.application.health.NodeHealth;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page's warning when failed jobs wait in the dead-letter queue: how many, since when. */
@Named
@RequestScoped
public class DeadLettersView {

    @Inject
    NodeHealth node;

    private String warning;

    @PostConstruct
    void load() {
        warning = node.deadLetters()
                .map(depth -> depth.empty() ? null : depth.description())
                .orElse("The message broker did not answer: /health says more.");
    }

    /** Null while nothing waits. */
    public String getWarning() {
        return warning;
    }
}
