/**
 * E-mail: who is told about an incident, the e-mail settings and template, the deliveries written with the
 * change they tell of and sent afterwards by {@link dev.threshold.application.notification.EmailDispatcher} (a timer,
 * one delivery per transaction), and the e-mails a doubtful incident holds back until its review.
 */
package dev.threshold.application.notification;
