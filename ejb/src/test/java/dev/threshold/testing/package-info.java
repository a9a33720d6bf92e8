/**
 * What the tests of every module share, published in ejb's test-jar: waiting on recorded state ({@link
 * dev.threshold.testing.Await}) and the scene fixtures ({@link dev.threshold.testing.SceneFixtures}). Test code only.
 */
package dev.threshold.testing;
