package dev.threshold.infrastructure.kisi;

/**
 * The answer to "Test connection": Kisi accepted the token and showed the place's locks.
 *
 * @param lockCount how many locks of the place the token's user can see
 */
public record KisiConnectionCheck(String placeId, int lockCount) {

    /** A sentence for the settings page. */
    public String summary() {
        if (lockCount == 0) {
            return "Connected to Kisi, but place " + placeId + " shows no locks to this API token. "
                    + "Check the place id and the token user's rights.";
        }
        return "Connected to Kisi: place " + placeId + " has " + lockCount + (lockCount == 1 ? " lock." : " locks.");
    }
}
