/**
 * JSON support that every layer may use (the domain's scene JSON, the REST resources, the analytics' messages): one
 * JSON-P provider instance. Neutral: it imports nothing of ours.
 */
package dev.threshold.json;
