/**
 * Message-driven beans: thin adapters from the JMS queues to the analysis services. They rethrow every failure so
 * that the transaction rolls back and a poison message reaches the dead-letter queue after its last redelivery.
 */
package dev.threshold.analytics.interfaces.messaging;
