package dev.threshold.application.door;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The cameras a door is mapped to, chosen by name among the cameras that exist. A name that matches no camera is
 * refused, all such names in one message, before anything is written: a typo used to create a new, empty camera
 * that never saw the door.
 */
final class DoorCameras {

    static final int MAX_PER_DOOR = 16;

    private DoorCameras() {}

    /**
     * @param names the cameras' names as the admin chose them (duplicates count once, order kept)
     * @param existing the camera of a name, if there is one
     * @throws InvalidValueException for the field {@code cameras}: too many, or a name of no camera
     */
    static List<Camera> choose(Collection<String> names, Function<String, Optional<Camera>> existing) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String name : names) {
            distinct.add(Camera.validName(name));
        }
        if (distinct.size() > MAX_PER_DOOR) {
            throw new InvalidValueException("cameras", "a door may have at most " + MAX_PER_DOOR + " cameras");
        }
        List<Camera> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : distinct) {
            existing.apply(name).ifPresentOrElse(chosen::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            String named = unknown.size() == 1 ? "No camera is named " : "No cameras are named ";
            throw new InvalidValueException(
                    "cameras",
                    named
                            + String.join(
                                    ", ",
                                    unknown.stream().map(n -> "\"" + n + "\"").toList())
                            + ": pick existing cameras, or add the camera first (Cameras page or POST /api/cameras)");
        }
        return chosen;
    }
}
