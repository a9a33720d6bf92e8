/**
 * The REST API (labels, health) and what all HTTP endpoints share: RFC 9457 problem+json errors.
 */
package dev.threshold.interfaces.rest;
