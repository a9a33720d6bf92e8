package dev.threshold.infrastructure.video;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * The video packets of one recorded segment, each with its offset from the segment's first packet: what
 * {@link ClipCutter} copies into a clip.
 */
final class SegmentPackets implements AutoCloseable {
    final FFmpegFrameGrabber grabber;
    final int video;
    final AVRational timeBase;
    long firstDts = Long.MIN_VALUE;
    long offsetMicros;

    SegmentPackets(Segment segment) throws FrameGrabber.Exception {
        grabber = new FFmpegFrameGrabber(segment.file().toFile());
        grabber.start();
        video = grabber.getVideoStream();
        timeBase = stream().time_base();
    }

    AVStream stream() {
        return grabber.getFormatContext().streams(video);
    }

    AVPacket next() throws FrameGrabber.Exception {
        AVPacket packet;
        while ((packet = grabber.grabPacket()) != null && packet.stream_index() != video) {
            // audio or data: not recorded in clips
        }
        if (packet != null) {
            long dts = Packets.decodingTime(packet);
            if (firstDts == Long.MIN_VALUE) {
                firstDts = dts;
            }
            offsetMicros = Packets.micros(dts - firstDts, timeBase);
        }
        return packet;
    }

    @Override
    public void close() throws FrameGrabber.Exception {
        grabber.close();
    }
}
