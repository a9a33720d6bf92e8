/**
 * The web tier's part of the audit trail: who and from where each request comes ({@link
 * dev.threshold.interfaces.audit.http.AuditOriginFilter}) and the sign-ins and failed sign-ins that Undertow reports
 * ({@link dev.threshold.interfaces.audit.http.SignInNotifications}).
 */
package dev.threshold.interfaces.audit.http;
