package dev.threshold.bench;

import java.nio.file.Path;

/** A case file that cannot be run, naming the file and the field to fix. */
public class InvalidCaseException extends RuntimeException {

    public InvalidCaseException(Path file, String field, String problem) {
        super(file + ": " + field + ": " + problem);
    }

    public InvalidCaseException(Path file, String field, String problem, Throwable cause) {
        super(file + ": " + field + ": " + problem, cause);
    }
}
