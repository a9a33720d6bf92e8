/**
 * Browser defences for every response of the application: security headers (CSP, framing, sniffing, referrer, HSTS
 * over TLS) and the refusal of cross-site writes to the REST API made with the console's session cookie.
 */
package dev.threshold.interfaces.web;
