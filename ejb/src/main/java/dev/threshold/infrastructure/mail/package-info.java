/**
 * Sending e-mail: templates rendered with Mustache (values HTML-escaped in the body), the server's mail session
 * ({@code java:jboss/mail/threshold}, see configure.cli), and the dispatcher that sends the deliveries written by the
 * application after their transaction commits, retrying with back-off.
 */
package dev.threshold.infrastructure.mail;
