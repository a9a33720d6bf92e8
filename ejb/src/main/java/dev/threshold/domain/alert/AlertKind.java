package dev.threshold.domain.alert;

import dev.threshold.domain.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The door events a door alerts about, each with the name the API and the console use. */
public enum AlertKind {
    FORCED_OPEN("forcedOpen", "forced open"),
    HELD_OPEN("heldOpen", "held open"),
    TAILGATING("tailgating", "tailgating"),
    DENIED_BURST("deniedBurst", "denied badges");

    private final String apiName;
    private final String words;

    AlertKind(String apiName, String words) {
        this.apiName = apiName;
        this.words = words;
    }

    /** The name in JSON: {@code forcedOpen}, {@code heldOpen}, {@code tailgating}, {@code deniedBurst}. */
    public String apiName() {
        return apiName;
    }

    /** As an e-mail's subject says it: "forced open". */
    public String words() {
        return words;
    }

    /** Only tailgating has badge holders to tell: the people whose grant opened the window. */
    public boolean hasBadgeHolder() {
        return this == TAILGATING;
    }

    /** @throws InvalidValueException for a name that is no kind, naming the kinds there are */
    public static AlertKind ofApiName(String name) {
        return Arrays.stream(values())
                .filter(k -> k.apiName.equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        name,
                        "\"" + name + "\" is no kind of door alert; "
                                + "the kinds are "
                                + Arrays.stream(values())
                                        .map(AlertKind::apiName)
                                        .collect(Collectors.joining(", "))));
    }
}
