/**
 * E-mails about incidents: the settings that say who gets them and how they read (security addresses, whether the
 * people involved are told, the template), and each delivery with its state (pending, retrying, sent, failed), so
 * that an e-mail that could not be sent is shown and retried rather than lost.
 */
package dev.threshold.domain.notification;
