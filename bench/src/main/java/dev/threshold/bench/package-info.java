/**
 * Benchmarks of the product, run from the executables in bench/: the accuracy harness replays the eval cases
 * ({@code threshold-case/1}) through the real vision pipeline and prints what it got right and wrong.
 */
package dev.threshold.bench;
