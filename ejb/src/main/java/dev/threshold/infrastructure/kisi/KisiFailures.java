package dev.threshold.infrastructure.kisi;

import dev.threshold.infrastructure.kisi.KisiApiException.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;

/**
 * The words for each way a call to Kisi can fail. Written for the administrator on the settings page: what happened
 * and what to check, never a stack trace or a secret.
 */
final class KisiFailures {

    private KisiFailures() {}

    /**
     * @param subject what was asked for, as a noun phrase ("user 7", "the locks of place 42")
     * @param kisiDetail Kisi's own explanation from the error body, secrets already removed; may be empty
     */
    static KisiApiException forStatus(int status, String subject, String kisiDetail) {
        if (status == 401) {
            return new KisiApiException(
                    Reason.TOKEN_REFUSED,
                    status,
                    "Kisi refused the API token. Check the token in Settings; Kisi expires API keys that go unused"
                            + " for 14 days.",
                    null);
        }
        if (status == 403) {
            return new KisiApiException(
                    Reason.FORBIDDEN,
                    status,
                    "The Kisi user of this API token lacks permission for " + subject + ". Use an API key of an"
                            + " organization administrator, or have that user given rights to it.",
                    null);
        }
        if (status == 404) {
            return new KisiApiException(Reason.NOT_FOUND, status, "Kisi could not find " + subject + ".", null);
        }
        if (status == 429) {
            return rateLimited(
                    "Kisi kept answering that its rate limit was reached (" + RetryPolicy.MAX_ATTEMPTS + " attempts).");
        }
        if (status >= 500) {
            return new KisiApiException(
                    Reason.UNAVAILABLE,
                    status,
                    "Kisi is unavailable at the moment (HTTP " + status + "). Try again later.",
                    null);
        }
        return new KisiApiException(
                Reason.REJECTED,
                status,
                "Kisi refused the request for " + subject + " (HTTP " + status + ")"
                        + (kisiDetail.isEmpty() ? "." : ": " + kisiDetail),
                null);
    }

    /** Kisi asked to wait longer than one call may wait in all. */
    static KisiApiException rateLimitedFor(Duration askedWait) {
        return rateLimited("Kisi's rate limit was reached and Kisi asks to wait " + seconds(askedWait) + ".");
    }

    private static KisiApiException rateLimited(String what) {
        return new KisiApiException(
                Reason.RATE_LIMITED,
                429,
                what
                        + " Kisi allows 5 requests per second per user, shared by every tool that uses the same Kisi user."
                        + " Try again later.",
                null);
    }

    static KisiApiException timeout(Duration timeout, Throwable cause) {
        return new KisiApiException(Reason.TIMEOUT, "Kisi did not answer within " + seconds(timeout) + ".", cause);
    }

    static KisiApiException unreachable(URI baseUrl, Throwable cause) {
        return new KisiApiException(
                Reason.UNREACHABLE,
                "Cannot reach Kisi at " + baseUrl + ". Check the Kisi"
                        + " address in Settings and that this server can connect to the internet.",
                cause);
    }

    static KisiApiException brokenOff(URI baseUrl, Throwable cause) {
        return new KisiApiException(
                Reason.UNREACHABLE,
                "The connection to Kisi at " + baseUrl + " broke off before Kisi answered. Try again.",
                cause);
    }

    static KisiApiException unexpectedAnswer(String subject, String what, Throwable cause) {
        return new KisiApiException(
                Reason.UNEXPECTED_ANSWER, "Kisi sent an unexpected answer for " + subject + " (" + what + ").", cause);
    }

    static KisiApiException unexpectedStatus(String subject, int status) {
        return new KisiApiException(
                Reason.UNEXPECTED_ANSWER,
                status,
                "Kisi sent an unexpected answer for " + subject + " (HTTP " + status + ").",
                null);
    }

    static KisiApiException interrupted(InterruptedException cause) {
        return new KisiApiException(Reason.INTERRUPTED, "The call to Kisi was interrupted.", cause);
    }

    /** "10 s", "0.3 s", "1.25 s": as precise as the duration is, without trailing zeros. */
    static String seconds(Duration duration) {
        BigDecimal seconds =
                BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP);
        return seconds.stripTrailingZeros().toPlainString() + " s";
    }
}
