/**
 * {@code /api/settings/email}: the e-mail settings and template.
 */
package dev.threshold.interfaces.notification.rest;
