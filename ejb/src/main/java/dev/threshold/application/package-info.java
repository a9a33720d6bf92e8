/**
 * Use cases called by the web interfaces and the message-driven beans: each service does one thing to the domain inside one transaction.
 */
package dev.threshold.application;
