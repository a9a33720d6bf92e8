package dev.threshold.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.KisiEvents;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What the relay finds in memory: each committed event once, never more than the bound nor older than a minute, the
 * oldest let go first.
 */
class RecentAccessEventReportsTest {

    private final RecentAccessEventReports recent = new RecentAccessEventReports();

    @Test
    void aBatchTakesTheEventsItLockedThatAreHereOnce() {
        List<AccessEventReport> reports = reports(3);
        recent.add(reports, 0);
        UUID elsewhere = UUID.randomUUID(); // another node's event, or one from before a restart

        Map<UUID, AccessEventReport> taken = recent.take(List.of(id(reports, 0), elsewhere, id(reports, 2)));

        assertEquals(Map.of(id(reports, 0), reports.get(0), id(reports, 2), reports.get(2)), taken);
        assertTrue(recent.take(List.of(id(reports, 0), id(reports, 2))).isEmpty(), "taken once");
        assertEquals(Map.of(id(reports, 1), reports.get(1)), recent.take(List.of(id(reports, 1))));
    }

    @Test
    void whileTheRelayIsFarBehindTheOldestAreLeftToTheDatabase() {
        List<AccessEventReport> reports = reports(RecentAccessEventReports.CAPACITY + 10);
        recent.add(reports, 0);

        assertEquals(RecentAccessEventReports.CAPACITY, recent.size());
        assertTrue(recent.take(List.of(id(reports, 0), id(reports, 9))).isEmpty());
        assertEquals(1, recent.take(List.of(id(reports, 10))).size());
    }

    @Test
    void aReportNotTakenWithinAMinuteIsLetGo() {
        long minute = RecentAccessEventReports.KEPT.toNanos();
        List<AccessEventReport> early = reports(2);
        List<AccessEventReport> later = reports(1);
        recent.add(early, 0);
        recent.add(later, minute + 1);

        assertTrue(recent.take(List.of(id(early, 0), id(early, 1))).isEmpty());
        assertEquals(1, recent.take(List.of(id(later, 0))).size());
    }

    private static List<AccessEventReport> reports(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new AccessEventReport(
                        AccessEvent.receivedFrom(
                                KisiEvents.lockEvent(UUID.randomUUID().toString(), "lock.unlock", true),
                                KisiEvents.AT,
                                true),
                        List.of()))
                .toList();
    }

    private static UUID id(List<AccessEventReport> reports, int i) {
        return reports.get(i).event().id();
    }
}
