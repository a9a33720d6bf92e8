/**
 * Threshold's side of Kisi's API: the Kisi settings and places (their sealed API tokens and signature keys), the
 * clients that call Kisi at its pace, and what Threshold asks Kisi (test a place, list its locks).
 */
package dev.threshold.application.kisi;
