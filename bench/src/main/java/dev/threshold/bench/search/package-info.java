/**
 * bench/search-scale: a million labels in PostgreSQL, made by the product's own domain classes, then the latency of
 * label search over a mix of queries, run by the product's {@code JpaLabelRepository} on Hibernate.
 */
package dev.threshold.bench.search;
