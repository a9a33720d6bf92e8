/**
 * Cameras and their video, as the console and the API use them: settings, recording policy, the live picture, the
 * recorded timeline, uploads of footage and set-up trials, the frame backlog. (The camera feeds' own life cycle,
 * leases and footage, still in {@code dev.threshold.application} on this branch, move here with issue 19 item 4.)
 */
package dev.threshold.application.camera;
