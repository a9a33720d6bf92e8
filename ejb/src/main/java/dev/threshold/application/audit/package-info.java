/**
 * The audit trail: who changed what and from where, each record appended and published, what a record may hold
 * (a secret's state, never its value: {@link dev.threshold.application.audit.SecretChange}) and reading it back for
 * admins.
 */
package dev.threshold.application.audit;
