/**
 * Incidents: opening, reviewing and closing them, their evidence (pictures, labels on the video), their signed
 * links, and announcing a change inside the transaction that made it
 * ({@link dev.threshold.application.incident.IncidentAnnouncements}: e-mails through {@code notification}, the SIEM
 * message through the outbox).
 */
package dev.threshold.application.incident;
