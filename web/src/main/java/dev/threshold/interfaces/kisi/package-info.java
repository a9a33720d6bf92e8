/**
 * The Kisi webhook: turns the JSON Kisi posts into access events, refusing bad input with problem+json.
 */
package dev.threshold.interfaces.kisi;
