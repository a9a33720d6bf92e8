/**
 * What every console page shares (the pages' backing beans live in {@code interfaces.<use case>.console}): the
 * landing page choice, messages, formats, the signed-in session, and the banners of the layout template (a stalled
 * camera, dead letters).
 */
package dev.threshold.interfaces.console;
