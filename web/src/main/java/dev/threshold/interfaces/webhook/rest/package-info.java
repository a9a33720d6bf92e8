/**
 * The Kisi webhook ({@code POST /kisi/events}): turns the JSON Kisi posts into access events for
 * {@code application.webhook}, refusing bad input with problem+json.
 */
package dev.threshold.interfaces.webhook.rest;
