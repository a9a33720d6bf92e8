/**
 * What all parts of the domain share: the exception for refused values.
 */
package dev.threshold.domain;
