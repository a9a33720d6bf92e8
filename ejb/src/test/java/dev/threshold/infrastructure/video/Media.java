package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.threshold.testing.Await;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Test media made and served by the real ffmpeg binary, and read back with ffprobe; tests needing it are skipped,
 * saying so, where it is absent. The one media helper of every module's tests (in ejb's test-jar).
 */
public final class Media {

    static final Path CLIPS = Path.of("target", "video-test-clips").toAbsolutePath();

    private Media() {}

    /**
     * Skips the test unless {@code present}, saying what is missing; in CI ({@code CI=true}, set by .ci/run, which
     * installs ffmpeg and the relay) fails it instead, so that a video test that silently stopped running is noticed.
     */
    static void require(boolean present, String missing) {
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI must run this test, but " + missing);
        }
        assumeTrue(present, "skipped: " + missing);
    }

    public static boolean hasFfmpeg() {
        try {
            return new ProcessBuilder("ffmpeg", "-version")
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public static void requireFfmpeg() {
        require(hasFfmpeg(), "the ffmpeg/ffprobe binaries are not installed (apt-get install ffmpeg)");
    }

    /** A synthetic H.264 clip, 25 fps, one key frame a second; made once per build. */
    public static Path h264(int seconds, int width, int height) throws Exception {
        return make(
                "h264-" + width + "x" + height + "-" + seconds + "s.mp4",
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=" + width + "x" + height + ":rate=25",
                "-t",
                Integer.toString(seconds),
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-g",
                "25",
                "-pix_fmt",
                "yuv420p",
                "-movflags",
                "+faststart");
    }

    static Path mpeg1(int seconds) throws Exception {
        return make(
                "mpeg1-" + seconds + "s.mpg",
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=384x288:rate=25",
                "-t",
                Integer.toString(seconds),
                "-c:v",
                "mpeg1video",
                "-g",
                "25");
    }

    /**
     * A video whose codec no FFmpeg knows: an MPEG-4 AVI with its codec tag overwritten (what an exotic camera's or
     * a DVR's export looks like to this server).
     */
    public static synchronized Path unknownCodec() throws Exception {
        Path avi = make(
                "mpeg4-2s.avi",
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=320x240:rate=25",
                "-t",
                "2",
                "-c:v",
                "mpeg4",
                "-vtag",
                "XVID");
        Path out = CLIPS.resolve("unknown-codec.avi");
        if (!Files.exists(out)) {
            byte[] bytes = Files.readAllBytes(avi);
            String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("XVID", "ZZZZ");
            Files.write(out, text.getBytes(StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    private static synchronized Path make(String name, String... args) throws Exception {
        requireFfmpeg();
        Files.createDirectories(CLIPS);
        Path out = CLIPS.resolve(name);
        if (Files.exists(out)) {
            return out;
        }
        Path part = CLIPS.resolve("part-" + name);
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-y", "-v", "error"));
        cmd.addAll(List.of(args));
        cmd.add(part.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("ffmpeg could not make " + name + ": " + log);
        }
        Files.move(part, out);
        return out;
    }

    /** A shared eval clip, relative to the repository root; the test is skipped where ../shared is absent. */
    static Path shared(String name) {
        Path clip = Path.of("..", "..", "shared", "eval", "clips", name);
        require(Files.isRegularFile(clip), "shared clip " + clip + " is absent (../shared)");
        return clip;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * An RTSP camera on loopback: Debian's RTSP relay (package rtsp-server-perl) serving {@code clip}, pushed to it in
     * a loop and in real time by ffmpeg. (Debian 12's ffmpeg 5.1 cannot serve RTSP itself: its RTSP muxer has no
     * listen mode.) The relay serves RTP over UDP only. Killing the returned relay kills the camera: the pusher
     * loses its connection and ends. Skips the test where the relay is not installed.
     */
    static Process rtspServer(Path clip, int port) throws IOException, InterruptedException {
        boolean relay;
        try {
            relay = new ProcessBuilder("sh", "-c", "command -v rtsp-server-perl")
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            relay = false;
        }
        require(relay, "no RTSP server on this machine (apt-get install rtsp-server-perl)");
        int sourcePort = freePort();
        Process server = new ProcessBuilder(
                        "rtsp-server-perl",
                        "--clientport",
                        Integer.toString(port),
                        "--serverport",
                        Integer.toString(sourcePort),
                        "--loglevel",
                        "1")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Await.until(() -> listens(sourcePort), Duration.ofSeconds(10), "the RTSP relay listening");
        new ProcessBuilder(
                        "ffmpeg",
                        "-v",
                        "error",
                        "-re",
                        "-stream_loop",
                        "-1",
                        "-i",
                        clip.toString(),
                        "-c",
                        "copy",
                        "-f",
                        "rtsp",
                        "rtsp://127.0.0.1:" + sourcePort + "/cam")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Await.until(() -> describes(port, "/cam") == 200, Duration.ofSeconds(10), "the camera's stream announced");
        return server;
    }

    private static boolean listens(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The RTSP status of a DESCRIBE of {@code path} on the port (200 once a stream is there); -1: no answer. */
    private static int describes(int port, String path) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(2000);
            socket.getOutputStream()
                    .write(("DESCRIBE rtsp://127.0.0.1:" + port + path + " RTSP/1.0\r\nCSeq: 1\r\n"
                                    + "Accept: application/sdp\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return status == null ? -1 : Integer.parseInt(status.split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** ffmpeg serving {@code clip} as multipart MJPEG over HTTP (what many cheap IP cameras send). */
    static Process mjpegServer(Path clip, int port) throws IOException {
        return new ProcessBuilder(
                        "ffmpeg",
                        "-v",
                        "error",
                        "-re",
                        "-stream_loop",
                        "-1",
                        "-i",
                        clip.toString(),
                        "-c:v",
                        "mjpeg",
                        "-q:v",
                        "6",
                        "-f",
                        "mpjpeg",
                        "-listen",
                        "1",
                        "http://127.0.0.1:" + port + "/cam.mjpg")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    static void kill(Process p) throws InterruptedException {
        if (p != null && p.isAlive()) {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    /** ffprobe's answer for one entry of the first video stream, e.g. "codec_name" or "nb_read_frames". */
    public static String probe(Path file, String entry, boolean countFrames) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ffprobe", "-v", "error", "-select_streams", "v:0"));
        if (countFrames) {
            cmd.add("-count_frames");
        }
        cmd.addAll(List.of("-show_entries", entry, "-of", "default=nw=1:nk=1", file.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out.lines().findFirst().orElse("");
    }
}
