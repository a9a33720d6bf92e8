package dev.threshold.application.audit;

import dev.threshold.domain.settings.InvalidSettingsException;
import java.util.function.Consumer;

/**
 * What an admin asks for one secret when saving settings: keep it as it is, replace it with a new value, or clear it.
 * The current value is never shown, so "keep" is the default of an empty field.
 */
public sealed interface SecretChange {

    int MAX_LENGTH = 500;

    SecretChange KEEP = new Keep();
    SecretChange CLEAR = new Clear();

    static SecretChange replaceWith(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidSettingsException(field, "a new " + field + " must not be empty (to remove it, clear it)");
        }
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidSettingsException(
                    field, field + " must be at most " + MAX_LENGTH + " characters without spaces");
        }
        return new Replace(value);
    }

    /** Calls {@code replace} with the new value, or {@code clear}, or nothing, as this change asks. */
    void apply(Consumer<String> replace, Runnable clear);

    /** Keep the stored secret. */
    record Keep() implements SecretChange {
        @Override
        public void apply(Consumer<String> replace, Runnable clear) {
            // nothing to change
        }
    }

    /** Remove the stored secret. */
    record Clear() implements SecretChange {
        @Override
        public void apply(Consumer<String> replace, Runnable clear) {
            clear.run();
        }
    }

    /** Store this new secret; its toString never shows it. */
    record Replace(String value) implements SecretChange {
        @Override
        public void apply(Consumer<String> replace, Runnable clear) {
            replace.accept(value);
        }

        @Override
        public String toString() {
            return "Replace[****]";
        }
    }
}
