/**
 * Person detection: a {@link dev.threshold.analytics.vision.detection.Detector} turns one frame into person boxes.
 * Which detector runs is configuration (a model file for the ONNX one); model output formats plug in as
 * {@link dev.threshold.analytics.vision.detection.OutputDecoder}s. Boxes of fixtures the detector takes for people are
 * told apart by comparing each frame with the {@link dev.threshold.analytics.vision.detection.EmptyScene}.
 */
package dev.threshold.analytics.vision.detection;
