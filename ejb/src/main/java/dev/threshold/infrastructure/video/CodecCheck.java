package dev.threshold.infrastructure.video;

import java.time.Duration;
import java.util.Optional;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Tells "no video here" from "video in a codec this server cannot decode": JavaCV reports both as "did not find a
 * video stream", since it passes over streams it has no decoder for. Opens the source once more, without decoding.
 */
final class CodecCheck {

    private CodecCheck() {}

    /** The undecodable video codec of the source, in words (e.g. "unknown codec, tag ZZZZ"), if it has one. */
    static Optional<String> undecodableVideo(StreamSource source, Duration timeout) {
        AVFormatContext context = new AVFormatContext(null);
        AVDictionary options = new AVDictionary(null);
        if (source.live()) {
            avutil.av_dict_set(options, "timeout", Long.toString(timeout.toNanos() / 1000), 0);
            if (source.kind() == StreamSource.Kind.RTSP) {
                avutil.av_dict_set(options, "rtsp_transport", "tcp", 0);
            }
        }
        try {
            if (avformat.avformat_open_input(context, source.openUrl(), null, options) < 0) {
                return Optional.empty();
            }
            try {
                if (avformat.avformat_find_stream_info(context, (PointerPointer<?>) null) < 0) {
                    return Optional.empty();
                }
                for (int i = 0; i < context.nb_streams(); i++) {
                    AVCodecParameters codec = context.streams(i).codecpar();
                    if (codec.codec_type() == avutil.AVMEDIA_TYPE_VIDEO
                            && avcodec.avcodec_find_decoder(codec.codec_id()) == null) {
                        return Optional.of(describe(codec));
                    }
                }
                return Optional.empty();
            } finally {
                avformat.avformat_close_input(context);
            }
        } finally {
            avutil.av_dict_free(options);
        }
    }

    private static String describe(AVCodecParameters codec) {
        String name = avcodec.avcodec_get_name(codec.codec_id()).getString();
        int tag = codec.codec_tag();
        StringBuilder fourcc = new StringBuilder();
        for (int shift = 0; shift < 32 && tag != 0; shift += 8) {
            char c = (char) ((tag >> shift) & 0xFF);
            fourcc.append(Character.isLetterOrDigit(c) ? c : '.');
        }
        return ("none".equals(name) ? "an unknown codec" : name) + (fourcc.length() > 0 ? ", tag " + fourcc : "");
    }
}
