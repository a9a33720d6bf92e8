package dev.threshold.realm;

import java.security.Principal;
import java.security.Provider;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.InvalidKeySpecException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityRealm;
import org.wildfly.security.authz.Attributes;
import org.wildfly.security.authz.AuthorizationIdentity;
import org.wildfly.security.authz.MapAttributes;
import org.wildfly.security.credential.Credential;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.evidence.Evidence;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * The console accounts for Elytron (configure.cli: {@code custom-realm=threshold-realm}): the account's bcrypt hash
 * and role are read from {@code user_account} on every sign-in, as the {@code jdbc-realm} this replaces did, so a
 * removed account, a new password or a new role count at the next request on every node. What it adds: a password
 * bcrypt found right is remembered ({@link VerifiedGuesses}, keyed by the stored hash), so that the next request of
 * an HTTP Basic client costs one primary-key read instead of a bcrypt check (about 0.2 s of a core at cost 12).
 * <p>
 * Elytron's own {@code caching-realm} can wrap a {@code jdbc-realm} on WildFly 39 but does not help here: it keeps the
 * stored hash and still runs bcrypt against it on every request (it saves the query, not the hashing), and it must be
 * told of every change with {@code :clear-cache} on every node.
 * <p>
 * Configuration ({@code configuration={...}} of the custom realm): {@code data-source} (JNDI name, default
 * {@value #DEFAULT_DATA_SOURCE}), {@code cache-seconds} (how long a right password is remembered, default 300;
 * 0 turns remembering off), {@code cache-accounts} (at most this many accounts remembered, default 10,000).
 */
public class VerifiedPasswordRealm implements SecurityRealm {

    static final String DEFAULT_DATA_SOURCE = "java:jboss/datasources/ThresholdDS";
    private static final Logger LOG = Logger.getLogger(VerifiedPasswordRealm.class.getName());
    private static final Supplier<Provider[]> PROVIDERS =
            () -> new Provider[] {WildFlyElytronPasswordProvider.getInstance()};

    private final Clock clock = Clock.systemUTC();
    private AccountRows accounts = new AccountRows(DEFAULT_DATA_SOURCE);
    private VerifiedGuesses verified = new VerifiedGuesses(Duration.ofSeconds(300), 10_000);

    /** Called by Elytron with the custom realm's {@code configuration} map. */
    public void initialize(Map<String, String> configuration) {
        accounts = new AccountRows(configuration.getOrDefault("data-source", DEFAULT_DATA_SOURCE));
        long seconds = Long.parseLong(
                configuration.getOrDefault("cache-seconds", "300").strip());
        int capacity = Integer.parseInt(
                configuration.getOrDefault("cache-accounts", "10000").strip());
        verified = new VerifiedGuesses(Duration.ofSeconds(seconds), capacity);
        LOG.info(() -> "Console accounts from user_account; right passwords remembered " + seconds + " s (keyed "
                + "hash, at most " + capacity + " accounts)");
    }

    @Override
    public SupportLevel getCredentialAcquireSupport(
            Class<? extends Credential> credentialType, String algorithmName, AlgorithmParameterSpec parameterSpec) {
        return SupportLevel.UNSUPPORTED; // no mechanism here needs the stored hash itself: BASIC and FORM send a guess
    }

    @Override
    public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
        return PasswordGuessEvidence.class.isAssignableFrom(evidenceType)
                ? SupportLevel.POSSIBLY_SUPPORTED
                : SupportLevel.UNSUPPORTED;
    }

    @Override
    public RealmIdentity getRealmIdentity(Principal principal) {
        return new AccountIdentity(principal);
    }

    /** One sign-in's view of an account: its row is read once, when first needed. */
    private final class AccountIdentity implements RealmIdentity {

        private final Principal principal;
        private AccountRows.Account account;
        private boolean read;

        AccountIdentity(Principal principal) {
            this.principal = principal;
        }

        private AccountRows.Account account() throws RealmUnavailableException {
            if (!read) {
                try {
                    account = principal == null ? null : accounts.find(principal.getName());
                } catch (SQLException | NamingException e) {
                    throw new RealmUnavailableException("the accounts table cannot be read", e);
                }
                read = true;
            }
            return account;
        }

        @Override
        public Principal getRealmIdentityPrincipal() {
            return principal;
        }

        @Override
        public SupportLevel getCredentialAcquireSupport(
                Class<? extends Credential> credentialType,
                String algorithmName,
                AlgorithmParameterSpec parameterSpec) {
            return SupportLevel.UNSUPPORTED;
        }

        @Override
        public <C extends Credential> C getCredential(Class<C> credentialType) {
            return null;
        }

        @Override
        public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName)
                throws RealmUnavailableException {
            return account() != null && PasswordGuessEvidence.class.isAssignableFrom(evidenceType)
                    ? SupportLevel.SUPPORTED
                    : SupportLevel.UNSUPPORTED;
        }

        @Override
        public boolean verifyEvidence(Evidence evidence) throws RealmUnavailableException {
            AccountRows.Account stored = account();
            if (stored == null
                    || stored.passwordHash() == null
                    || !(evidence instanceof PasswordGuessEvidence guessEvidence)) {
                return false;
            }
            String name = principal.getName();
            char[] guess = guessEvidence.getGuess();
            if (verified.known(name, stored.passwordHash(), guess, clock.instant())) {
                return true;
            }
            boolean right;
            try {
                Password hash = ModularCrypt.decode(stored.passwordHash());
                right = new PasswordCredential(hash).verify(PROVIDERS, evidence);
            } catch (InvalidKeySpecException notAHash) {
                LOG.warning(() -> "The stored password of account " + name + " is not a modular crypt hash");
                return false;
            }
            if (right) {
                verified.remember(name, stored.passwordHash(), guess, clock.instant());
            }
            return right;
        }

        @Override
        public boolean exists() throws RealmUnavailableException {
            return account() != null;
        }

        @Override
        public AuthorizationIdentity getAuthorizationIdentity() throws RealmUnavailableException {
            return AuthorizationIdentity.basicIdentity(getAttributes());
        }

        @Override
        public Attributes getAttributes() throws RealmUnavailableException {
            AccountRows.Account stored = account();
            return stored == null || stored.role() == null
                    ? Attributes.EMPTY
                    : new MapAttributes(Map.of("roles", Set.of(stored.role())));
        }
    }
}
