package dev.threshold.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What happens at the demo door, over and over: an 80-second loop of people badging in alone, two walking in on one
 * badge (twice), someone walking out, someone passing along the corridor outside and someone crossing the lobby. The
 * renderer draws it, the Kisi stand-in posts its badges; both read the same script, so an unlock arrives just before
 * the person it admits walks through the door. Times are seconds since the loop's start.
 * <p>
 * Floor coordinates are the demo scene's metres: the door line is y = 0 between x = 2 and x = 3, the lobby (inside)
 * is y &gt; 0, the corridor outside runs along y = -1.6. People who come in turn aside soon after the door, as they
 * would towards a lobby's lifts, so the camera keeps seeing the doorway behind them.
 */
public final class DemoScript {

    public static final double LOOP_SECONDS = 80;

    static final DemoActor ADA = new DemoActor(101, "Ada Park", "ada.park@example.com");
    static final DemoActor GRACE = new DemoActor(102, "Grace Liu", "grace.liu@example.com");
    static final DemoActor LINUS = new DemoActor(103, "Linus Berg", "linus.berg@example.com");
    static final DemoActor MARGARET = new DemoActor(104, "Margaret Osei", "margaret.osei@example.com");

    private static final double CORRIDOR_Y = -1.6;
    private static final double LEFT_OUTSIDE = -1.5;
    private static final double RIGHT_OUTSIDE = 6.5;
    /** The lobby runs on beyond the picture on both sides; people come and go there, clear of the doorway. */
    private static final double LOBBY_LEFT_X = -2.5;

    private static final double LOBBY_RIGHT_X = 7.5;
    private static final double LOBBY_SIDE_Y = 1.4;
    /** How far in people walk straight before turning aside: the next one in the doorway stays in sight. */
    private static final double TURN_Y = 0.7;

    private static final double READER_DISTANCE = 0.6;
    private static final double BADGE_PAUSE = 0.8;
    /**
     * The tailgater crosses this long after the person who badged: close behind, on the same open door, and seen
     * outside for a few frames at 5 fps (at 1.5 s the one who badged hid them until they were through).
     */
    private static final double TAILGATE_GAP_SECONDS = 2.2;

    private static final DemoScript STANDARD = new DemoScript(List.of(
            entry(6, ADA, 2.45, false, false, look(0xc0392b, 0x2c3e50, 0xe0ac69, 0x3b2314, 1.68), 1.3, null),
            entry(
                    19,
                    GRACE,
                    2.6,
                    true,
                    true,
                    look(0x2e86c1, 0x1c1c1c, 0xf1c27d, 0x111111, 1.64),
                    1.25,
                    look(0x27ae60, 0x5d4e37, 0x8d5524, 0x0b0b0b, 1.82)),
            exit(31, 2.5, true, look(0xf1c40f, 0x34495e, 0xc68642, 0x6b4423, 1.75), 1.35),
            passBy(41, CORRIDOR_Y - 0.1, true, look(0x8e44ad, 0x7f8c8d, 0xffdbac, 0xb8860b, 1.72), 1.4),
            entry(51, LINUS, 2.55, true, false, look(0xe67e22, 0x1f3a93, 0xffdbac, 0x4a4a4a, 1.76), 1.3, null),
            entry(
                    63,
                    MARGARET,
                    2.35,
                    false,
                    false,
                    look(0x16a085, 0x3d3d3d, 0x5c3836, 0x0b0b0b, 1.62),
                    1.2,
                    look(0xd35400, 0x22313f, 0xe0ac69, 0x4a3728, 1.78)),
            lobbyCrossing(73, 1.6, look(0x7f8fa6, 0x2f3640, 0xf1c27d, 0x2d1e12, 1.70), 1.3)));

    private final List<Passage> passages;

    private DemoScript(List<Passage> passages) {
        this.passages = List.copyOf(passages);
    }

    /** The loop the demo camera shows. */
    public static DemoScript standard() {
        return STANDARD;
    }

    public double loopSeconds() {
        return LOOP_SECONDS;
    }

    public List<Passage> passages() {
        return passages;
    }

    /** Every granted unlock of the loop, in time order. */
    public List<Badge> badges() {
        return passages.stream()
                .flatMap(p -> p.badge().stream())
                .sorted(Comparator.comparingDouble(Badge::atSeconds))
                .toList();
    }

    /** Every door crossing of the loop, in time order: what counting should find. */
    public List<ScriptedCrossing> crossings() {
        return passages.stream()
                .flatMap(p -> p.crossings().stream())
                .sorted(Comparator.comparingDouble(ScriptedCrossing::atSeconds))
                .toList();
    }

    List<Walk> walks() {
        List<Walk> all = new ArrayList<>();
        passages.forEach(p -> all.addAll(p.walks()));
        return all;
    }

    /**
     * Someone comes along the corridor, stops at the reader to badge, walks in and on out of view beside the camera;
     * with a {@code follower}, someone else walks in close behind on the same badge.
     */
    private static Passage entry(
            double crossingAt,
            DemoActor actor,
            double doorX,
            boolean fromRight,
            boolean towardsRight,
            Appearance look,
            double speed,
            Appearance follower) {
        Walk lead = inward(doorX, fromRight, towardsRight, speed, true).by(look).crossingAt(crossingAt);
        double badgeAt = crossingAt - READER_DISTANCE / speed - BADGE_PAUSE + 0.3;
        List<Walk> walks = new ArrayList<>(List.of(lead));
        String description = actor.name() + " badges and walks in";
        if (follower != null) {
            // Beside the one who badged, on the side they turn away from: the camera sees them both.
            double followerX = doorX + (towardsRight ? -0.3 : 0.3);
            walks.add(inward(followerX, fromRight, towardsRight, speed, false)
                    .by(follower)
                    .crossingAt(crossingAt + TAILGATE_GAP_SECONDS));
            description += "; someone walks in close behind on the same badge";
        }
        return new Passage(Passage.Kind.ENTRY, description, walks, new Badge(badgeAt, actor));
    }

    private static Walk.Builder inward(
            double doorX, boolean fromRight, boolean towardsRight, double speed, boolean stopsToBadge) {
        Walk.Builder b = Walk.from(fromRight ? RIGHT_OUTSIDE : LEFT_OUTSIDE, CORRIDOR_Y, speed)
                .to(doorX + (fromRight ? 0.4 : -0.4), CORRIDOR_Y)
                .to(doorX, CORRIDOR_Y + 0.5)
                .to(doorX, -READER_DISTANCE);
        if (stopsToBadge) {
            b.pause(BADGE_PAUSE);
        }
        return b.to(doorX, TURN_Y).to(towardsRight ? LOBBY_RIGHT_X : LOBBY_LEFT_X, LOBBY_SIDE_Y);
    }

    private static Passage exit(double crossingAt, double doorX, boolean towardsLeft, Appearance look, double speed) {
        Walk walk = Walk.from(towardsLeft ? LOBBY_RIGHT_X : LOBBY_LEFT_X, LOBBY_SIDE_Y, speed)
                .to(doorX, TURN_Y)
                .to(doorX, -0.6)
                .to(doorX + (towardsLeft ? -0.4 : 0.4), CORRIDOR_Y)
                .to(towardsLeft ? LEFT_OUTSIDE : RIGHT_OUTSIDE, CORRIDOR_Y)
                .by(look)
                .crossingAt(crossingAt);
        return new Passage(Passage.Kind.EXIT, "someone walks out (no badge needed)", List.of(walk), null);
    }

    private static Passage passBy(double atDoorAt, double y, boolean leftToRight, Appearance look, double speed) {
        Walk walk = Walk.from(leftToRight ? LEFT_OUTSIDE : RIGHT_OUTSIDE, y, speed)
                .to(leftToRight ? RIGHT_OUTSIDE : LEFT_OUTSIDE, y)
                .by(look)
                .passingDoorAt(atDoorAt);
        return new Passage(
                Passage.Kind.PASS_BY, "someone passes along the corridor without going in", List.of(walk), null);
    }

    private static Passage lobbyCrossing(double atDoorAt, double y, Appearance look, double speed) {
        Walk walk =
                Walk.from(LOBBY_RIGHT_X, y, speed).to(LOBBY_LEFT_X, y).by(look).passingDoorAt(atDoorAt);
        return new Passage(
                Passage.Kind.PASS_BY,
                "someone crosses the lobby in front of the door without using it",
                List.of(walk),
                null);
    }

    private static Appearance look(int shirt, int trousers, int skin, int hair, double height) {
        return Appearance.of(shirt, trousers, skin, hair, height);
    }
}
