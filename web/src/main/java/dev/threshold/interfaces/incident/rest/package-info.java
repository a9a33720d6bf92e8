/**
 * {@code /api/incidents} and the signed shared links ({@code /shared/incidents/{id}}).
 */
package dev.threshold.interfaces.incident.rest;
