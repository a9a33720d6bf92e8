/**
 * The native libraries Threshold's video and vision code runs on (FFmpeg, OpenCV, ONNX Runtime), loaded once at
 * deployment, before any camera starts, into a cache under the server's data directory.
 */
package dev.threshold.infrastructure.natives;
