/**
 * Door observation windows and tailgating verdicts, as pure rules: which Kisi events open, join, extend and end a
 * window; which counted entries belong to it (several cameras of one door merged, not added); how many people went in
 * beyond the grants. No persistence here, so that the server and the accuracy harness decide with the same code.
 */
package dev.threshold.domain.window;
