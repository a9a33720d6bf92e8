/**
 * The audit trail: who did what to Threshold itself (sign-ins, accounts, settings, doors, cameras, reviews, shared
 * links, video downloads), kept append-only.
 */
package dev.threshold.domain.audit;
