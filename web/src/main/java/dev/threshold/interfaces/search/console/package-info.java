/**
 * The console's label search page.
 */
package dev.threshold.interfaces.search.console;
