/**
 * Sending e-mail: templates rendered with Mustache (values HTML-escaped in the body) and the server's mail session
 * ({@code java:jboss/mail/threshold}, see configure.cli). Who is told and when, and the dispatcher that sends the
 * written deliveries after their transaction commits, are the application's ({@code application.notification}).
 */
package dev.threshold.infrastructure.mail;
