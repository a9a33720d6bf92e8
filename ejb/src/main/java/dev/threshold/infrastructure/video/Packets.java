package dev.threshold.infrastructure.video;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/** Timestamps of encoded packets, as recording and cutting read them. */
final class Packets {

    static final AVRational MICROS = avutil.av_make_q(1, 1_000_000);

    private Packets() {}

    /** The decoding time stamp, or the presentation one when a camera sends none (some MJPEG streams). */
    static long decodingTime(AVPacket packet) {
        return packet.dts() != avutil.AV_NOPTS_VALUE ? packet.dts() : packet.pts();
    }

    static long presentationTime(AVPacket packet) {
        return packet.pts() != avutil.AV_NOPTS_VALUE ? packet.pts() : decodingTime(packet);
    }

    static long micros(long timestamp, AVRational timeBase) {
        return avutil.av_rescale_q(timestamp, timeBase, MICROS);
    }

    static long fromMicros(long micros, AVRational timeBase) {
        return avutil.av_rescale_q(micros, MICROS, timeBase);
    }

    static boolean key(AVPacket packet) {
        return (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0;
    }
}
