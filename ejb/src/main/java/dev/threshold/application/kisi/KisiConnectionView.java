package dev.threshold.application.kisi;

/**
 * The answer to "Test connection": Kisi accepted the place's token and showed its locks.
 *
 * @param lockCount how many locks of the place the token's user can see
 * @param summary a sentence for the settings pages
 */
public record KisiConnectionView(String placeId, int lockCount, String summary) {}
