package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamRulesTest {

    @TempDir
    Path temp;

    private String refusal(StreamRules rules, String location) {
        return assertThrows(IllegalArgumentException.class, () -> rules.check(StreamSource.of(location)), location)
                .getMessage();
    }

    @Test
    void ffmpegOpensOnlyTheProtocolsOfTheStreamsKind() {
        assertEquals("rtsp,rtp,udp,tcp", StreamRules.protocolWhitelist(StreamSource.of("rtsp://cam/1")));
        assertEquals("rtsp,rtp,udp,tcp,tls", StreamRules.protocolWhitelist(StreamSource.of("rtsps://cam/1")));
        assertEquals("http,https,tcp,tls", StreamRules.protocolWhitelist(StreamSource.of("https://cam/live.m3u8")));
        assertEquals("file", StreamRules.protocolWhitelist(StreamSource.of("/srv/video/door.mp4")));
    }

    @Test
    void otherFfmpegProtocolsAreRefusedInWords() {
        for (String location : new String[] {
            "concat:/srv/video/a.mp4|/etc/passwd",
            "subfile:,start,0,end,0,:/etc/passwd",
            "pipe:0",
            "data:video/mp4;base64,AAAA",
            "CONCAT:/a|/b"
        }) {
            String message = assertThrows(IllegalArgumentException.class, () -> StreamSource.of(location))
                    .getMessage();
            assertTrue(message.contains("FFmpeg protocol"), message);
        }
    }

    @Test
    void filesOnlyFromTheFolderForVideoFiles() throws Exception {
        Path videos = Files.createDirectories(temp.resolve("videos"));
        Path door = Files.write(videos.resolve("door.mp4"), new byte[] {0, 0, 0, 24});
        StreamRules rules = StreamRules.of(videos + ", " + temp.resolve("more"), "");

        assertDoesNotThrow(() -> rules.check(StreamSource.of(door)));
        assertDoesNotThrow(() ->
                rules.check(StreamSource.of(videos.resolve("not-yet-there.mp4").toString())));

        Path outside = Files.write(temp.resolve("outside.mp4"), new byte[] {0});
        assertTrue(refusal(rules, outside.toString()).contains("outside the folder for video files"));
        assertTrue(refusal(rules, videos + "/../outside.mp4").contains("outside the folder"));
        assertTrue(refusal(rules, "/etc/passwd").contains("threshold.video.files-dir"));
        assertTrue(refusal(rules, "/proc/self/environ").contains("operating system"));
        assertTrue(refusal(rules, "/dev/zero").contains("operating system"));
        assertTrue(refusal(rules, "door.mp4").contains("absolute path"));

        Path link = videos.resolve("link.mp4");
        Files.createSymbolicLink(link, outside);
        assertTrue(refusal(rules, link.toString()).contains("outside the folder"), "a link cannot lead out");
    }

    @Test
    void aLocalPlaylistThatPullsOtherAddressesIsRefused() throws Exception {
        Path videos = Files.createDirectories(temp.resolve("videos"));
        StreamRules rules = StreamRules.of(videos.toString(), "");
        Path hls = Files.writeString(videos.resolve("live.m3u8"), "#EXTM3U\nhttp://169.254.169.254/latest\n");
        Path disguised = Files.writeString(videos.resolve("clip.mp4"), "  #EXTM3U\n#EXTINF:1,\nfile:///etc/passwd\n");
        Path concat = Files.writeString(videos.resolve("list.txt"), "ffconcat version 1.0\nfile /etc/passwd\n");
        for (Path playlist : new Path[] {hls, disguised, concat}) {
            assertTrue(refusal(rules, playlist.toString()).contains("playlist"), playlist.toString());
        }
    }

    @Test
    void withAllowedNetworksACameraHostMustResolveIntoOne() {
        StreamRules rules = StreamRules.of("/srv/video", "10.20.0.0/16, fd00::/8, 192.168.1.7");
        StreamRules.Resolver dns = host -> switch (host) {
            case "door-cam.local" -> new InetAddress[] {InetAddress.getByName("10.20.3.4")};
            case "split.local" ->
                new InetAddress[] {InetAddress.getByName("10.20.3.5"), InetAddress.getByName("8.8.8.8")};
            default -> {
                if (host.matches("[0-9a-f.:]+")) {
                    yield new InetAddress[] {InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
        };
        assertDoesNotThrow(() -> rules.check(StreamSource.of("rtsp://door-cam.local/1"), dns));
        assertDoesNotThrow(() -> rules.check(StreamSource.of("rtsp://192.168.1.7/1"), dns));
        assertDoesNotThrow(() -> rules.check(StreamSource.of("http://[fd00::1]/video.mjpg"), dns));
        String outside = assertThrows(
                        IllegalArgumentException.class,
                        () -> rules.check(StreamSource.of("http://169.254.169.254/latest"), dns))
                .getMessage();
        assertTrue(
                outside.contains("outside the networks") && outside.contains("threshold.cameras.allowed-networks"),
                outside);
        assertThrows(IllegalArgumentException.class, () -> rules.check(StreamSource.of("rtsp://192.168.1.8/1"), dns));
        assertThrows(
                IllegalArgumentException.class,
                () -> rules.check(StreamSource.of("rtsp://split.local/1"), dns),
                "every address the name resolves to must be inside");
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> rules.check(StreamSource.of("rtsp://nowhere.invalid/1"), dns))
                .getMessage()
                .contains("cannot be resolved"));
        assertDoesNotThrow(
                () -> StreamRules.of("/srv/video", "").check(StreamSource.of("rtsp://8.8.8.8/1"), dns),
                "no networks set: any host");
    }

    @Test
    void aNetworkThatIsNoCidrBlockIsRefusedInWords() {
        for (String bad : new String[] {"10.0.0.0/33", "camera.local/24", "10.0.0/x"}) {
            assertTrue(
                    assertThrows(IllegalArgumentException.class, () -> StreamRules.of("/srv", bad))
                            .getMessage()
                            .contains("threshold.cameras.allowed-networks"),
                    bad);
        }
    }
}
