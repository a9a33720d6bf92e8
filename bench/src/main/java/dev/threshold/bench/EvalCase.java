package dev.threshold.bench;

import dev.threshold.analytics.vision.crossing.Direction;
import dev.threshold.domain.scene.Scene;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One {@code threshold-case/1} file: a clip, its scene, the true crossings and the counts to expect.
 *
 * @param fps nominal frame rate; frame index ÷ fps is the clip time, never the container's timestamps
 */
public record EvalCase(
        Path file,
        Path clip,
        Scene scene,
        double fps,
        double toleranceSeconds,
        List<TrueCrossing> crossings,
        List<Access> access,
        Expect expect) {

    public String name() {
        return file.getFileName().toString().replaceFirst("\\.case\\.json$", "");
    }

    /** A ground-truth crossing at clip time t seconds. */
    public record TrueCrossing(double t, Direction direction) {}

    /** An access-control event at clip time t seconds, as the webhook would deliver it (type: a Kisi type). */
    public record Access(double t, String type, Boolean success, String actorId) {}

    /** The counts and the verdict a case names; absent ones are not checked. */
    public record Expect(
            OptionalInt entries,
            OptionalInt exits,
            OptionalInt uniquePeople,
            Optional<Boolean> tailgating,
            OptionalInt tailgaters,
            OptionalInt forcedEntries) {

        public boolean verdictNamed() {
            return tailgating.isPresent() || tailgaters.isPresent() || forcedEntries.isPresent();
        }
    }
}
