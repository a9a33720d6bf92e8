/**
 * Labels: the searchable words attached to access events and, later, to what the cameras see; which label each Kisi event type gets, and how a query matches labels.
 */
package dev.threshold.domain.label;
