package dev.threshold.interfaces.console;

import dev.threshold.infrastructure.messaging.DeadLetterQueue;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page's warning when failed jobs wait in the dead-letter queue: how many, since when. */
@Named
@RequestScoped
public class DeadLettersView {

    @Inject
    DeadLetterQueue deadLetters;

    private String warning;

    @PostConstruct
    void load() {
        warning = deadLetters
                .depth()
                .map(depth -> depth.empty() ? null : depth.describe())
                .orElse("The message broker did not answer: /health says more.");
    }

    /** Null while nothing waits. */
    public String getWarning() {
        return warning;
    }
}
