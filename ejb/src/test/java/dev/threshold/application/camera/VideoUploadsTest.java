package dev.threshold.application.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoUploadsTest {

    @TempDir
    Path dataDir;

    private VideoUploads uploads(long maxMegabytes, long maxTotalMegabytes) {
        VideoUploads uploads = new VideoUploads();
        uploads.serverDataDir = dataDir.toString();
        uploads.maxMegabytes = maxMegabytes;
        uploads.maxTotalMegabytes = maxTotalMegabytes;
        return uploads;
    }

    @Test
    void anUploadOverTheDiskQuotaIsRefusedNamingItAndNothingIsKept() throws Exception {
        VideoUploads uploads = uploads(2048, 1);
        Path analysing = uploads.fileFor("footage", "earlier");
        Files.createDirectories(analysing.getParent());
        Files.write(analysing, new byte[700 * 1024]); // an earlier upload still being analysed
        Path file = uploads.fileFor("trials", "next");

        UploadRefusedException refused = assertThrows(
                UploadRefusedException.class,
                () -> uploads.storeAndProbe(new ByteArrayInputStream(new byte[512 * 1024]), file, "clip"));
        assertEquals(UploadRefusedException.Reason.QUOTA, refused.reason());
        assertTrue(refused.getMessage().contains("threshold.uploads.max-total-mb"), refused.getMessage());
        assertTrue(refused.getMessage().contains("1 MB"), refused.getMessage());
        assertFalse(Files.exists(file), "nothing is kept of a refused upload");

        Files.delete(analysing); // its analysis has finished
        InvalidValueException notVideo = assertThrows(
                InvalidValueException.class,
                () -> uploads.storeAndProbe(new ByteArrayInputStream(new byte[512 * 1024]), file, "clip"));
        assertTrue(
                notVideo.getMessage().contains("video"),
                "within the quota the file itself is looked at: " + notVideo.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void twoUploadsForOneCameraAtOnceOneGetsTheSlot() throws Exception {
        UploadSlots slots = new UploadSlots();
        UUID camera = UUID.randomUUID();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 50; round++) {
                CyclicBarrier together = new CyclicBarrier(threads);
                List<Future<Boolean>> got = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    got.add(pool.submit(() -> {
                        together.await();
                        return slots.reserve(camera);
                    }));
                }
                int winners = 0;
                for (Future<Boolean> g : got) {
                    winners += g.get() ? 1 : 0;
                }
                assertEquals(1, winners, "round " + round);
                assertTrue(slots.reserve(UUID.randomUUID()), "another camera's slot is its own");
                slots.release(camera);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
