package dev.threshold.ci;

/** What a check found wrong, in words for the CI log; the program ends with status 1. */
final class Failure extends RuntimeException {

    Failure(String message) {
        super(message);
    }

    static <T> T fail(String message) {
        throw new Failure(message);
    }
}
