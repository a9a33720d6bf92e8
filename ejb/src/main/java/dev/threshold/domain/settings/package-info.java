/**
 * The settings of the Kisi integration: which organization and place this server serves, the public address Kisi
 * posts to, and the secrets (signature key, API token), which only ever leave this package encrypted.
 */
package dev.threshold.domain.settings;
