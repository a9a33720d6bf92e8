/**
 * bench/soak: the build's server under a steady load for an hour (cameras streaming the eval clips, Kisi events at
 * 20 a second), sampled every minute, and checked for growth: memory, threads, open files, queues, and that every
 * event is stored and every door window judged.
 */
package dev.threshold.bench.soak;
