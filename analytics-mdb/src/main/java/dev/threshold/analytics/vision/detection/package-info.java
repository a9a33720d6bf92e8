/**
 * Person detection: a {@link dev.threshold.analytics.vision.detection.Detector} turns one frame into person boxes.
 * Which detector runs is configuration (a model file for the ONNX one); model output formats plug in as
 * {@link dev.threshold.analytics.vision.detection.OutputDecoder}s.
 */
package dev.threshold.analytics.vision.detection;
