/**
 * Incidents: people went in through a door who were not let in (tailgating) or while it was forced open. An
 * incident holds the evidence (its window, grants, one occurrence per person) and the security team's review
 * (confirmed or dismissed, by whom and why). Also the record of every door window's verdict.
 */
package dev.threshold.domain.incident;
