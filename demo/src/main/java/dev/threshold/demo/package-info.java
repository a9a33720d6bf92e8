/**
 * The demo: what the README's start command shows a new user within two minutes, with nothing installed and no model
 * file. A plug-in module of its own ({@code demo/}, {@code threshold-demo.jar} in the EAR): nothing else imports it.
 * A demo camera ({@code demo:door}, read by the ordinary camera reader) renders a lobby door where people badge in,
 * sometimes two on one badge, walk out, or pass by, following an 80-second {@link dev.threshold.demo.DemoScript
 * script}; a {@link dev.threshold.demo.KisiStandIn stand-in for Kisi} posts signed unlock events to the server's own
 * webhook at the script's badge moments. The camera plugs in through the ports the server owns
 * ({@link dev.threshold.demo.DemoCameraPlugin}: its stream and its rendered footage), always, so that a
 * {@code demo:door} camera works; the demo's door, camera and unlocks are switched on by {@code threshold.demo.enabled},
 * off in production.
 */
package dev.threshold.demo;
