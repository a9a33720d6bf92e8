/**
 * What every HTTP request must look like before any page or resource sees it: a plain path, no method override.
 */
package dev.threshold.interfaces.http;
