/**
 * Camera ingest: reading a camera's stream with FFmpeg (JavaCV), keeping the frames the analysis needs (a few per
 * second, stamped with this server's time), storing them as JPEG for the analysis messages, recording the encoded
 * stream into rolling segments without re-encoding, and cutting clips and snapshots out of those segments.
 * Plain Java classes: the server runs readers and recorders on its managed executor and decides where frames go.
 * A camera that a plug-in renders itself (the demo's) comes in through the {@link
 * dev.threshold.infrastructure.video.CameraSource} port, registered in {@link
 * dev.threshold.infrastructure.video.CameraSources}.
 */
package dev.threshold.infrastructure.video;
