/**
 * Door alerts: per door and kind of door event (forced open, held open, tailgating, a burst of denied badges), who is
 * e-mailed, and what makes a burst of denied badges.
 */
package dev.threshold.domain.alert;
