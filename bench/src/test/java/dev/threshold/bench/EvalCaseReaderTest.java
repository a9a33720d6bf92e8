package dev.threshold.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.crossing.Direction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCaseReaderTest {

    @TempDir
    Path dir;

    private static final String CASE = """
            {
              "format": "threshold-case/1",
              "clip": "../clips/door.mp4",
              "scene": "../scenes/door.scene.json",
              "fps": 12.5,
              "toleranceSeconds": 1.5,
              "crossings": [ { "t": 3.2, "direction": "in" }, { "t": 9.0, "direction": "out" } ],
              "access": [ { "t": 2.0, "type": "lock.unlock", "actorId": 7 } ],
              "expect": { "entries": 1, "exits": 1, "tailgating": false, "somethingNew": 3 }
            }""";

    @BeforeEach
    void layOut() throws IOException {
        Files.createDirectories(dir.resolve("clips"));
        Files.createDirectories(dir.resolve("scenes"));
        Files.createDirectories(dir.resolve("cases"));
        Files.write(dir.resolve("clips/door.mp4"), new byte[] {0});
        Files.writeString(dir.resolve("scenes/door.scene.json"), """
                {"format": "threshold-scene/1", "camera": {"name": "door", "width": 640, "height": 480},
                 "floor": {"image": [[100,200],[540,200],[620,470],[20,470]], "widthMeters": 4, "depthMeters": 3,
                           "tiles": {"cols": 4, "rows": 3}},
                 "door": {"line": [[150,300],[500,300]], "inside": [320,220]}}""");
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("cases/door.case.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void readsACaseWithPathsRelativeToItself() throws IOException {
        EvalCase c = EvalCaseReader.read(write(CASE));
        assertEquals("door", c.name());
        assertEquals(dir.resolve("clips/door.mp4").toAbsolutePath().normalize(), c.clip());
        assertEquals(640, c.scene().width());
        assertEquals(12.5, c.fps());
        assertEquals(2, c.crossings().size());
        assertEquals(Direction.OUT, c.crossings().get(1).direction());
        assertEquals(1, c.expect().entries().getAsInt());
        assertTrue(c.expect().uniquePeople().isEmpty());
        assertTrue(c.expect().verdictNamed());
    }

    @Test
    void aMissingFieldNamesFileAndField() throws IOException {
        Path file = write(CASE.replace("\"fps\": 12.5,", ""));
        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> EvalCaseReader.read(file));
        assertEquals(file + ": fps: is missing", e.getMessage());
    }

    @Test
    void aBadDirectionNamesTheCrossing() throws IOException {
        Path file = write(CASE.replace("\"direction\": \"out\"", "\"direction\": \"sideways\""));
        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> EvalCaseReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": crossings[1].direction: "), e.getMessage());
    }

    @Test
    void aMissingClipAndABrokenSceneAreNamed() throws IOException {
        Path noClip = write(CASE.replace("door.mp4", "gone.mp4"));
        assertTrue(assertThrows(InvalidCaseException.class, () -> EvalCaseReader.read(noClip))
                .getMessage()
                .contains(": clip: names "));
        Files.writeString(dir.resolve("scenes/door.scene.json"), "{\"format\": \"threshold-scene/1\"}");
        Path badScene = write(CASE);
        String message = assertThrows(InvalidCaseException.class, () -> EvalCaseReader.read(badScene))
                .getMessage();
        assertTrue(message.contains(": scene: ") && message.contains("camera: is missing"), message);
    }

    @Test
    void aNegativeExpectedCountIsRefused() throws IOException {
        Path file = write(CASE.replace("\"entries\": 1", "\"entries\": -1"));
        assertTrue(assertThrows(InvalidCaseException.class, () -> EvalCaseReader.read(file))
                .getMessage()
                .contains(": expect.entries: "));
    }

    @Test
    void readsTheAccessEventsAndTheExpectedVerdict() throws IOException {
        EvalCase c = EvalCaseReader.read(write(CASE));
        assertEquals(1, c.access().size());
        assertEquals("lock.unlock", c.access().get(0).type());
        assertEquals("7", c.access().get(0).actorId());
        assertEquals(false, c.expect().tailgating().orElseThrow());
        assertTrue(c.expect().tailgaters().isEmpty());
    }

    @Test
    void aBadAccessEventOrVerdictNamesTheField() throws IOException {
        Path noType = write(CASE.replace("\"type\": \"lock.unlock\", ", ""));
        assertTrue(assertThrows(InvalidCaseException.class, () -> EvalCaseReader.read(noType))
                .getMessage()
                .endsWith(": access[0].type: is missing"));
        Path badFlag = write(CASE.replace("\"tailgating\": false", "\"tailgating\": \"no\""));
        assertTrue(assertThrows(InvalidCaseException.class, () -> EvalCaseReader.read(badFlag))
                .getMessage()
                .contains(": expect.tailgating: must be true or false"));
    }
}
