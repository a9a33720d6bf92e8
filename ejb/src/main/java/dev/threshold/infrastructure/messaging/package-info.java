/**
 * The JMS destinations (declared once, in the server's CLI script) and the versioned JSON messages carried on them.
 */
package dev.threshold.infrastructure.messaging;
