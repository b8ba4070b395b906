package com.cloudmarket.marketplace.account.application;

import com.cloudmarket.marketplace.account.domain.ApiToken;
import com.cloudmarket.marketplace.account.domain.ApiTokenState;
import com.cloudmarket.marketplace.shared.domain.AuthenticationFailedException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Issues, checks and revokes the API's bearer tokens. A checked token is trusted without a query for
 * {@code marketplace.token.recheck-seconds} (never past its expiry): a revocation applies at once on the server that
 * took it, and within that time on the other members of a deployment group, which read the token's row again then.
 */
@Stateless
public class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    /** Longer than any token we issue: such input is not worth a database query. */
    private static final int TOKEN_MAX_LENGTH = 128;

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @Inject
    private Clock clock;

    @Inject
    private CheckedTokens checked;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private AccountRoles roles;

    @Inject
    @ConfigProperty(name = "marketplace.token.ttl-minutes", defaultValue = "480")
    private long ttlMinutes;

    @Inject
    @ConfigProperty(name = "marketplace.token.recheck-seconds", defaultValue = "30")
    private long recheckSeconds;

    /** Throttled like the console's login (429 past the limits), since both check the same passwords. */
    public IssuedToken issue(String login, String password, LoginOrigin origin) {
        AccountView account = accounts.verifyCredentials(login, password, origin).orElseThrow(AuthenticationFailedException::new);
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofMinutes(ttlMinutes));
        em.persist(new ApiToken(sha256(token), account.accountId(), now, expiresAt));
        return new IssuedToken(token, expiresAt.atOffset(ZoneOffset.UTC));
    }

    /** The account a presented token speaks for, if the token is known, unexpired and not revoked. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TokenHolder> authenticate(String token) {
        if (token == null || token.isEmpty() || token.length() > TOKEN_MAX_LENGTH) {
            return Optional.empty();
        }
        String hash = sha256(token);
        Instant now = clock.instant();
        return checked.find(hash, now).or(() -> check(hash, now));
    }

    public void revoke(String token) {
        if (token == null || token.length() > TOKEN_MAX_LENGTH) {
            return;
        }
        String hash = sha256(token);
        em.createNamedQuery("ApiToken.byHash", ApiToken.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst()
                .ifPresent(t -> t.revoke(clock.instant()));
        // forgotten once the revocation is committed: a request checking the token before then reads it unrevoked
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                checked.forget(hash);
            }
        });
    }

    /** Reads the token's row itself, not a cached entity, so a revocation by another server shows. */
    private Optional<TokenHolder> check(String hash, Instant now) {
        Optional<ApiTokenState> state = em.createNamedQuery("ApiToken.stateByHash", ApiTokenState.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst()
                .filter(s -> s.isValidAt(now));
        if (state.isEmpty()) {
            return Optional.empty();
        }
        long accountId = state.get().accountId();
        TokenHolder holder = new TokenHolder(accountId, roles.of(accountId));
        Instant recheck = now.plusSeconds(recheckSeconds);
        checked.remember(hash, holder, recheck.isBefore(state.get().expiresAt()) ? recheck : state.get().expiresAt());
        return Optional.of(holder);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
