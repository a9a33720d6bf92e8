package dev.threshold.application.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The variables an incident e-mail template can use:
 * <ul>
 * <li>{@code {{user}}} the people whose grants opened the window, "Ada Lovelace, Alan Turing" (empty if none)</li>
 * <li>{@code {{#people}}{{name}}{{/people}}} the same people one by one</li>
 * <li>{@code {{recipient}}} the name of whom the e-mail is for</li>
 * <li>{@code {{event}}} the incident's console page (needs a sign-in)</li>
 * <li>{@code {{event_link}}} a signed link to its clip and snapshots that needs none; {@code {{link_expires}}} when
 * it stops working</li>
 * <li>{@code {{door}}}, {@code {{time}}} (start of the window), {@code {{tailgaters}}}, {@code {{kind}}}
 * ("tailgating" or "forced entry"), {@code {{one_tailgater}}} (true for exactly one)</li>
 * </ul>
 */
final class IncidentEmailValues {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss z", Locale.ENGLISH);

    private IncidentEmailValues() {}

    static Map<String, Object> of(
            IncidentNotice notice,
            String recipient,
            String consoleLink,
            String signedLink,
            Instant linkExpires,
            ZoneId zone) {
        Map<String, Object> values = new HashMap<>();
        values.put(
                "user",
                notice.people().stream()
                        .map(IncidentNotice.Person::name)
                        .distinct()
                        .collect(Collectors.joining(", ")));
        List<Map<String, String>> people =
                notice.people().stream().map(p -> Map.of("name", p.name())).toList();
        values.put("people", people);
        values.put("recipient", recipient == null || recipient.isBlank() ? "security team" : recipient);
        values.put("event", consoleLink);
        values.put("event_link", signedLink);
        values.put("link_expires", TIME.withZone(zone).format(linkExpires));
        values.put("door", notice.doorName());
        values.put("time", TIME.withZone(zone).format(notice.windowStart()));
        values.put("tailgaters", notice.tailgaters());
        values.put("one_tailgater", notice.tailgaters() == 1);
        values.put("kind", notice.kind());
        return values;
    }
}
