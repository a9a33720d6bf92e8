package dev.threshold.interfaces.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/** Reads query and path parameters, refusing bad ones with a 400 problem that names the parameter. */
public final class QueryParameters {

    private QueryParameters() {}

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw JsonBody.invalid(name, name + " must be an ISO-8601 instant such as 2026-11-29T08:00:00Z");
        }
    }

    public static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw JsonBody.invalid(name, name + " must be an id such as 3f0c2a9e-6f8b-4d5e-9a51-1c7d2b3e4f50");
        }
    }

    /** true or false; null when not given. */
    public static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw JsonBody.invalid(name, name + " must be true or false");
        };
    }

    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String constant =
                value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Enum.valueOf(type, constant);
        } catch (IllegalArgumentException e) {
            StringBuilder known = new StringBuilder();
            for (E option : type.getEnumConstants()) {
                known.append(known.length() == 0 ? "" : ", ")
                        .append(option.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            throw JsonBody.invalid(name, name + " must be one of: " + known);
        }
    }
}
