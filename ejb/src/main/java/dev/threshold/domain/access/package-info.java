/**
 * Door and reader events as Kisi reports them: the access events Threshold stores once per Kisi uuid.
 */
package dev.threshold.domain.access;
