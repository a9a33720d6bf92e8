/**
 * {@code /api/windows}: the judged door windows and the webhook's delay.
 */
package dev.threshold.interfaces.verdict.rest;
