/**
 * Judging a door's windows: its lock events cut into windows, the people counted on its cameras, and each
 * window's verdict kept ({@link dev.threshold.application.verdict.VerdictService}); a verdict that finds tailgating
 * opens an incident (use case {@code incident}). Its settings: the window timings and how far a count is trusted.
 */
package dev.threshold.application.verdict;
