/**
 * What Undertow does with a request before the application sees it: request body limits, set ahead of
 * authentication so that not even the login form reads an oversize body.
 */
package dev.threshold.interfaces.http;
