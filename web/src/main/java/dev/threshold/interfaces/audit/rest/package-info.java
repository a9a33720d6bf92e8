/**
 * {@code /api/audit}: the audit trail for admins.
 */
package dev.threshold.interfaces.audit.rest;
