package dev.threshold.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The enabled cameras a test makes on the tests' shared server, taken away when the test ends (passed or failed):
 * the tests share one database, and every later deployment would start a reader for each camera left enabled
 * (CI once counted 285 threads). Register it in the test class with
 * {@code @RegisterExtension static final TestCameras CAMERAS = new TestCameras();} and pass each new camera's id
 * through {@link #made}.
 */
final class TestCameras implements AfterEachCallback {

    private final List<String> made = new CopyOnWriteArrayList<>();

    /** @return {@code cameraId}, to be taken away after the test */
    String made(String cameraId) {
        made.add(cameraId);
        return cameraId;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            made.forEach(ThresholdServer::retireCamera);
        } finally {
            made.clear();
        }
    }
}
