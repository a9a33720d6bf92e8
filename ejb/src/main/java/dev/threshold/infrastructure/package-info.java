/**
 * Technical support shared by the infrastructure packages below (the clock).
 */
package dev.threshold.infrastructure;
