/**
 * What every HTTP request must look like before any page or resource sees it: a plain path, no method override, and
 * a body within its limit. The body limits are an Undertow handler set ahead of authentication, so that not even the
 * login form reads an oversize body.
 */
package dev.threshold.interfaces.http;
