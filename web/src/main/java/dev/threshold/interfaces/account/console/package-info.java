/**
 * The console's users page and the own-password page.
 */
package dev.threshold.interfaces.account.console;
