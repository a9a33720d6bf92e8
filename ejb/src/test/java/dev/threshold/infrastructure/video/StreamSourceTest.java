package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StreamSourceTest {

    @Test
    void credentialsGoIntoTheAddressOnlyWhenOpeningNeverIntoText() {
        StreamSource source = new StreamSource("rtsp://10.0.0.7:554/stream1", "admin", "s3cr:t@x");

        assertEquals("rtsp://admin:s3cr%3At%40x@10.0.0.7:554/stream1", source.openUrl());
        assertFalse(source.toString().contains("s3cr"), source.toString());
        assertTrue(source.toString().contains("rtsp://10.0.0.7:554/stream1"));
        String ffmpegMessage = "avformat_open_input() error -111: Could not open input \"" + source.openUrl() + "\".";
        String redacted = source.redact(ffmpegMessage);
        assertFalse(redacted.contains("s3cr"), redacted);
        assertFalse(redacted.contains("admin:"), redacted);
        assertTrue(redacted.contains("rtsp://10.0.0.7:554/stream1"), redacted);
    }

    @Test
    void credentialsWrittenIntoTheAddressAreHiddenToo() {
        StreamSource source = StreamSource.of("http://viewer:hunter22@cam.local/video.mjpg");
        assertEquals("http://***@cam.local/video.mjpg", source.displayLocation());
        assertFalse(source.toString().contains("hunter22"));
        assertEquals(StreamSource.Kind.HTTP, source.kind());
    }

    /** Many cameras take their credentials in the query string: masked as user:pass@ is, the names kept. */
    @Test
    void credentialsInTheQueryStringAreMaskedWhereverTheAddressIsShown() {
        String url = "http://cam.local/cgi-bin/snapshot.cgi?user=admin&pwd=hunter22&chn=1";
        StreamSource source = StreamSource.of(url);
        assertEquals("http://cam.local/cgi-bin/snapshot.cgi?user=***&pwd=***&chn=1", source.displayLocation());
        assertEquals(source.displayLocation(), StreamSource.displayed(url));
        assertFalse(source.toString().contains("hunter22"), source.toString());
        assertFalse(source.redact("Could not open input \"" + url + "\"").contains("hunter22"));
        for (String parameter : new String[] {
            "password", "passwd", "pass", "token", "access_token", "key", "api_key", "PassWord", "auth", "secret"
        }) {
            String shown = StreamSource.displayed("rtsp://cam/live?" + parameter + "=s3cret&x=1#p");
            assertEquals("rtsp://cam/live?" + parameter + "=***&x=1#p", shown, parameter);
        }
        assertEquals(
                "rtsp://cam/live?monkey=banana&keyframes=1",
                StreamSource.displayed("rtsp://cam/live?monkey=banana&keyframes=1"),
                "only credential names are masked");
        assertEquals(
                "camera 'door': https://***@cam/x?token=*** timed out",
                StreamSource.maskCredentials("camera 'door': https://a:b@cam/x?token=abc timed out"),
                "also inside a log line");
        assertFalse(
                StreamSource.displayed("rtsp://cam/live?password=s3cret&bad uri")
                        .contains("s3cret"),
                "also an address that does not parse");
    }

    @Test
    void kindsOfAddresses() {
        assertEquals(StreamSource.Kind.RTSP, StreamSource.of("rtsp://cam/1").kind());
        assertEquals(
                StreamSource.Kind.HTTP, StreamSource.of("https://cam/live.m3u8").kind());
        assertEquals(
                StreamSource.Kind.FILE, StreamSource.of("/var/clips/door.mp4").kind());
        assertTrue(StreamSource.of("rtsp://cam/1").live());
        assertFalse(StreamSource.of("/var/clips/door.mp4").live());
    }

    @Test
    void mistakesAreRefusedInWords() {
        assertEquals(
                "camera stream: the address is required (rtsp://, http(s):// or a file)",
                assertThrows(IllegalArgumentException.class, () -> StreamSource.of(" "))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StreamSource.of("ftp://cam/x"))
                .getMessage()
                .contains("use an rtsp://, http:// or https:// address"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StreamSource("rtsp://cam/1", null, "pw"))
                .getMessage()
                .contains("password was given without a user name"));
        IllegalArgumentException twice =
                assertThrows(IllegalArgumentException.class, () -> new StreamSource("rtsp://a:b@cam/1", "admin", "pw"));
        assertTrue(twice.getMessage().contains("in one place only"));
        assertFalse(twice.getMessage().contains("a:b"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StreamSource.of("rtsp:///stream"))
                .getMessage()
                .contains("has no host name"));
    }
}
