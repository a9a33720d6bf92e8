package dev.threshold.domain.notification;

import dev.threshold.domain.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list of e-mail addresses as people type them (one per entry, or several separated by commas, semicolons or
 * spaces): checked, each kept once (in lower case), and stored comma-separated in at most
 * {@value #MAX_STORED_LENGTH} characters. The check is deliberately loose (one @, something on both sides, no
 * spaces): the mail server has the last word.
 */
public final class EmailAddresses {

    public static final int MAX_STORED_LENGTH = 2000;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");

    private EmailAddresses() {}

    /** @throws InvalidValueException (field {@code securityAddresses}) naming the first entry that is no address */
    public static List<String> parse(List<String> given) {
        Set<String> unique = new LinkedHashSet<>();
        for (String entry : given == null ? List.<String>of() : given) {
            for (String address : (entry == null ? "" : entry).split("[,;\\s]+")) {
                if (address.isBlank()) {
                    continue;
                }
                if (!ADDRESS.matcher(address).matches()) {
                    throw new InvalidValueException(
                            "securityAddresses", "\"" + address + "\" is not an e-mail address (name@example.com)");
                }
                unique.add(address.toLowerCase(Locale.ROOT));
            }
        }
        if (String.join(",", unique).length() > MAX_STORED_LENGTH) {
            throw new InvalidValueException(
                    "securityAddresses", "At most " + MAX_STORED_LENGTH + " characters of security addresses");
        }
        return new ArrayList<>(unique);
    }

    /** As stored: comma-separated, or null for none. */
    public static String stored(List<String> addresses) {
        return addresses.isEmpty() ? null : String.join(",", addresses);
    }

    /** The stored column back as a list. */
    public static List<String> ofStored(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }
}
