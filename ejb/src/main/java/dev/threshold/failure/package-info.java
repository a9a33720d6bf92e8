/**
 * Reading failures that come wrapped (by JPA, JTA, the EJB container, JAX-RS): the walk along a failure's causes.
 * Neutral like {@code dev.threshold.json}: it imports nothing of ours, and every layer may use it.
 */
package dev.threshold.failure;
