/**
 * The console's and the REST API's signed-in requests checked against the account as it is now: a session opened
 * before its account was removed, its role changed or its password reset ends at its next request, and an account
 * whose password was generated for it may do nothing but choose its own. Sign-ins are throttled per account and per
 * client address ahead of Elytron ({@code SignInThrottleExtension}), so that guessing costs no bcrypt.
 */
package dev.threshold.interfaces.session;
