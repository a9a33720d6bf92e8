/**
 * JSON support that every layer may use (the domain's scene JSON, the REST resources, the analytics' messages): one
 * JSON-P provider instance, whose readers and parsers report input past the parser's limits as malformed JSON like
 * any other. Neutral: it imports nothing of ours.
 */
package dev.threshold.json;
