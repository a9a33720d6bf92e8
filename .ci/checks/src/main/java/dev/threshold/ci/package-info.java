/**
 * CI's checks of a running Threshold, as a stranger or an operator meets it: {@link dev.threshold.ci.FirstRunCheck}
 * after the README's start command ({@code .ci/first-run}), {@link dev.threshold.ci.InstallCheck} on a stock WildFly
 * with the release bundle installed ({@code .ci/install-check}). Each prints what it waited for and how long, and
 * ends with exit status 1 and the reason in words when the product does not do what the documentation says.
 */
package dev.threshold.ci;
