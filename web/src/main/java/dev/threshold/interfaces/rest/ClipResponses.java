package dev.threshold.interfaces.rest;

import dev.threshold.application.camera.VideoClip;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** A cut clip as an HTTP answer a browser plays: the MP4 streamed, then its file deleted (it was cut for this). */
public final class ClipResponses {

    private ClipResponses() {}

    public static Response of(VideoClip clip) {
        StreamingOutput body = out -> {
            try {
                Files.copy(clip.file(), out);
            } finally {
                Files.deleteIfExists(clip.file());
            }
        };
        long length;
        try {
            length = Files.size(clip.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(body, "video/mp4")
                .header("Content-Length", length)
                .header(
                        "Content-Disposition",
                        "inline; filename=\"clip-" + clip.start().toString().replace(':', '-') + ".mp4\"")
                .header("X-Clip-Start", clip.start().toString())
                .header("X-Clip-End", clip.end().toString())
                .build();
    }
}
