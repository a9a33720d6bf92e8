/**
 * Console accounts: admins manage them (create, change role or password, remove); everyone signed in checks and
 * changes their own. The roles themselves are the domain's ({@link dev.threshold.domain.user.Roles}).
 */
package dev.threshold.application.account;
