package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.video.Media;
import dev.threshold.testing.Await;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a camera's video may cost the server, over HTTP: streams that would read local files or other protocols are
 * refused at save time in words, credentials in an address's query are never shown, clip cutting is limited and a
 * clip cut once is kept, one footage upload per camera at a time, and nothing above 4K.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VideoLimitsIT {

    static final Path MEDIA = Path.of("target", "video-limits-media").toAbsolutePath();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void streamsThatReachBeyondACameraAreRefusedInWordsWhenSaved() throws Exception {
        Files.createDirectories(MEDIA);
        Path playlist = Files.writeString(MEDIA.resolve("door.m3u8"), "#EXTM3U\nhttp://169.254.169.254/latest\n");
        String[][] refused = {
            {"concat:/etc/passwd|/etc/hosts", "FFmpeg protocol"},
            {"subfile:,start,0,end,0,:/etc/passwd", "FFmpeg protocol"},
            {"/proc/self/environ", "operating system"},
            {"/etc/passwd", "threshold.video.files-dir"},
            {playlist.toString(), "playlist"},
        };
        for (String[] stream : refused) {
            HttpResponse<String> saved =
                    asAdmin("POST", "api/cameras", camera("Refused " + System.nanoTime(), stream[0], false));
            System.out.println("VideoLimitsIT: " + stream[0] + " -> " + saved.statusCode() + " " + saved.body());
            assertEquals(400, saved.statusCode(), saved.body());
            assertTrue(saved.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(saved.body().contains("\"field\":\"streamUrl\""), saved.body());
            assertTrue(saved.body().contains(stream[1]), stream[0] + ": " + saved.body());
        }
        Path video = h264("in-files-dir", 640, 360, 1);
        assertEquals(
                201,
                asAdmin("POST", "api/cameras", camera("File " + System.nanoTime(), video.toString(), false))
                        .statusCode(),
                "a video file in the folder for video files is a camera");
    }

    @Test
    void credentialsInTheQueryStringAreNeverShown() {
        HttpResponse<String> saved = asAdmin(
                "POST",
                "api/cameras",
                camera(
                        "Query creds " + System.nanoTime(),
                        "http://cam.example/cgi-bin/mjpg?user=admin&pwd=hunter22&chn=1",
                        false));
        assertEquals(201, saved.statusCode(), saved.body());
        String id = id(saved.body());
        for (String shown : new String[] {
            saved.body(),
            asAdmin("GET", "api/cameras/" + id, null).body(),
            asAdmin("GET", "api/cameras", null).body(),
            asAdmin("GET", "api/cameras/" + id + "/health", null).body()
        }) {
            assertFalse(shown.contains("hunter22"), shown);
        }
        assertTrue(saved.body().contains("?user=***&pwd=***&chn=1"), saved.body());
    }

    @Test
    void clipCuttingIsLimitedAndAClipCutOnceIsKept() throws Exception {
        String id = id(asAdmin("POST", "api/cameras", camera("Demo cuts " + System.nanoTime(), "demo:door", false))
                .body());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String first = clipPath(id, now.minusSeconds(300), now.minusSeconds(120));
        String second = clipPath(id, now.minusSeconds(310), now.minusSeconds(130));
        long cutBefore = metric("threshold_video_clips_cut_total");
        CompletableFuture<HttpResponse<byte[]>> a = clip(first);
        CompletableFuture<HttpResponse<byte[]>> b = clip(second);
        Await.until(
                () -> metric("threshold_video_cuts_running") == 2 || a.isDone() || b.isDone(),
                Duration.ofSeconds(60),
                "two clips being cut");
        assertFalse(a.isDone() || b.isDone(), "the two clips were cut before the third request could be sent");

        HttpResponse<String> third = asAdmin("GET", clipPath(id, now.minusSeconds(200), now.minusSeconds(180)), null);
        System.out.println("VideoLimitsIT: a third clip while two are cut -> " + third.statusCode() + " Retry-After "
                + third.headers().firstValue("Retry-After").orElse("-") + " " + third.body());
        assertEquals(503, third.statusCode(), third.body());
        assertTrue(third.headers().firstValue("Retry-After").isPresent());
        assertTrue(third.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(third.body().contains("threshold.video.max-concurrent-cuts"), third.body());

        HttpResponse<byte[]> cut = a.get();
        assertEquals(200, cut.statusCode());
        assertEquals(200, b.get().statusCode());
        long cutAfterTwo = metric("threshold_video_clips_cut_total");
        assertEquals(cutBefore + 2, cutAfterTwo);

        HttpResponse<byte[]> again = clip(first).get();
        assertEquals(200, again.statusCode());
        assertEquals(cutAfterTwo, metric("threshold_video_clips_cut_total"), "the same span is not cut twice");
        assertTrue(Arrays.equals(cut.body(), again.body()), "the kept clip is the one cut");
        assertEquals(cut.headers().firstValue("X-Clip-Start"), again.headers().firstValue("X-Clip-Start"));
        System.out.printf(
                "VideoLimitsIT: clip of 3 min (%d bytes) cut once, served twice; clips cut %d -> %d%n",
                cut.body().length, cutBefore, cutAfterTwo);
    }

    @Test
    void oneFootageUploadPerCameraAtATime() throws Exception {
        String id = id(asAdmin("POST", "api/cameras", camera("Uploads " + System.nanoTime(), null, false))
                .body());
        byte[] video = Files.readAllBytes(h264("upload", 640, 360, 4));
        assertTrue(video.length > 64 * 1024, "an upload larger than the 64 KiB other requests may send");
        Path footageDir = Path.of(System.getProperty("threshold.it.data.dir"), "threshold", "footage");
        long filesBefore = count(footageDir);

        CountDownLatch rest = new CountDownLatch(1);
        InputStream slow = new SequenceInputStream(new ByteArrayInputStream(video, 0, 32 * 1024), new InputStream() {
            private final InputStream remainder = new ByteArrayInputStream(video, 32 * 1024, video.length - 32 * 1024);

            @Override
            public int read() throws IOException {
                awaitRest();
                return remainder.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                awaitRest();
                return remainder.read(b, off, len);
            }

            private void awaitRest() throws IOException {
                try {
                    rest.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        });
        CompletableFuture<HttpResponse<String>> first = ThresholdServer.HTTP.sendAsync(
                upload(id)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> slow))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        // The server holds the camera's slot once it stores the first upload's bytes.
        Await.until(
                () -> count(footageDir) > filesBefore || first.isDone(),
                Duration.ofSeconds(30),
                "the first upload being stored");
        assertFalse(first.isDone(), "the first upload was answered before it was sent in full: " + first);

        HttpResponse<String> second =
                ThresholdServer.send(upload(id).POST(HttpRequest.BodyPublishers.ofByteArray(video)));
        rest.countDown();
        HttpResponse<String> won = first.get();
        System.out.println("VideoLimitsIT: two uploads at once -> " + won.statusCode() + " and " + second.statusCode()
                + " " + second.body());
        assertEquals(202, won.statusCode(), won.body());
        assertEquals(409, second.statusCode(), second.body());
        assertTrue(second.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(second.body().contains("being uploaded"), second.body());
    }

    @Test
    void videoAbove4kIsRefusedNamingTheLimit() throws Exception {
        String id = id(asAdmin("POST", "api/cameras", camera("Large " + System.nanoTime(), null, false))
                .body());
        Path large = h264("5k", 5120, 2880, 1);
        HttpResponse<String> refused = ThresholdServer.send(upload(id).POST(HttpRequest.BodyPublishers.ofFile(large)));
        System.out.println("VideoLimitsIT: a 5120x2880 upload -> " + refused.statusCode() + " " + refused.body());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("3840×2160") && refused.body().contains("5120×2880"), refused.body());
        assertTrue(refused.body().contains("\"field\":\"footage\""), refused.body());
    }

    private static HttpRequest.Builder upload(String id) {
        return HttpRequest.newBuilder(ThresholdServer.BASE.resolve("api/cameras/" + id + "/footage"))
                .header("Authorization", ThresholdServer.basicAuth("admin", ThresholdServer.adminPassword()))
                .header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofSeconds(120));
    }

    private static String clipPath(String id, Instant from, Instant to) {
        return "api/cameras/" + id + "/clip?from=" + from + "&to=" + to;
    }

    private static CompletableFuture<HttpResponse<byte[]>> clip(String path) {
        return ThresholdServer.HTTP.sendAsync(
                HttpRequest.newBuilder(ThresholdServer.BASE.resolve(path))
                        .header("Authorization", ThresholdServer.basicAuth("admin", ThresholdServer.adminPassword()))
                        .timeout(Duration.ofMinutes(5))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A sample of /api/metrics without labels. */
    private static long count(Path dir) {
        try (var files = Files.list(dir)) {
            return files.count();
        } catch (IOException noneYet) {
            return 0;
        }
    }

    private static String camera(String name, String streamUrl, boolean enabled) {
        return "{\"name\":\"" + name + "\",\"analysisFps\":5,\"enabled\":" + enabled
                + (streamUrl == null ? "" : ",\"streamUrl\":\"" + streamUrl + "\"") + "}";
    }

    private static String id(String body) {
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
        assertTrue(id.find(), body);
        return id.group(1);
    }

    /** A synthetic H.264 clip (see Media): {@code name} says what the test wants it for. */
    private static Path h264(String name, int width, int height, int seconds) throws Exception {
        return Media.h264(seconds, width, height);
    }
}
