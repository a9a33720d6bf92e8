/**
 * The ejb module's message-driven beans: thin adapters from a JMS queue to one application service, which rethrow
 * every failure so that the transaction rolls back and a poison message reaches the dead-letter queue after its last
 * redelivery. The door reviews are judged here, beside the verdict they feed (nothing in a verdict is vision); the
 * frame jobs are analytics-mdb's ({@code dev.threshold.analytics.interfaces.messaging}).
 */
package dev.threshold.interfaces.messaging;
