/**
 * The architecture's rules as tests (issue 19): which layer may use which, no package cycles, no demo in production
 * code. Web and analytics-mdb check their own side in the same package of their test trees.
 */
package dev.threshold.architecture;
