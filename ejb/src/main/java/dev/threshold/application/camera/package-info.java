/**
 * Cameras, the use case: setting them up ({@link dev.threshold.application.camera.CameraService}), reading them on
 * this node — which cameras ({@link dev.threshold.application.camera.CameraLeaseKeeper}, leases across nodes), their
 * feeds' life cycle ({@link dev.threshold.application.camera.FeedLifecycle}), frames to the analysis
 * ({@link dev.threshold.application.camera.FrameForwarder}, {@link dev.threshold.application.camera.FrameDispatch}),
 * old video deleted ({@link dev.threshold.application.camera.FootageRetention}), their health as queries
 * ({@link dev.threshold.application.camera.FeedHealthQuery}, {@link dev.threshold.application.camera.CameraWatch}) —
 * and uploaded footage, settings, the recording policy, the live picture, the recorded timeline, set-up trials and
 * the frame backlog; uploaded footage ({@link dev.threshold.application.camera.FootageService}).
 * <p>
 * Owns the port {@link dev.threshold.application.camera.RenderedFootage} (snapshots and clips of a camera that is
 * rendered, not recorded); with the video infrastructure's {@link dev.threshold.infrastructure.video.CameraSource},
 * it is how a plug-in module (the demo) brings a camera of its own, found by
 * {@link dev.threshold.application.camera.CameraPlugins}. Nothing here knows the demo.
 */
package dev.threshold.application.camera;
