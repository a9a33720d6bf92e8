/**
 * {@code /api/account} (one's own) and {@code /api/users} (admins).
 */
package dev.threshold.interfaces.account.rest;
