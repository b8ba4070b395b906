package com.cloudmarket.marketplace.account.application;

import com.cloudmarket.marketplace.account.domain.Account;
import com.cloudmarket.marketplace.account.domain.AccountRules;
import com.cloudmarket.marketplace.account.domain.LoginThrottle;
import com.cloudmarket.marketplace.account.domain.PasswordHasher;
import com.cloudmarket.marketplace.account.domain.Role;
import com.cloudmarket.marketplace.shared.application.IdempotentRequest;
import com.cloudmarket.marketplace.shared.application.IdempotentRequests;
import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import com.cloudmarket.marketplace.shared.application.Messages;
import com.cloudmarket.marketplace.shared.application.Outbox;
import com.cloudmarket.marketplace.shared.application.UniqueKeys;
import com.cloudmarket.marketplace.shared.domain.AddressRange;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.DomainEvent;
import com.cloudmarket.marketplace.shared.domain.EventType;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.ForbiddenException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.shared.domain.TooManyRequestsException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Sign-up, operators, credential checks: everything that creates or proves an account. */
@Stateless
public class AccountService {

    private static final String AGGREGATE = "Account";

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private IdempotentRequests idempotentRequests;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.password.pbkdf2-iterations", defaultValue = "210000")
    private int iterations;

    @Inject
    private LoginAttempts loginAttempts;

    /** Proxies whose X-Forwarded-For names the client of a login (CIDRs); none by default, since anyone can send it. */
    @Inject
    @ConfigProperty(name = "marketplace.login.trusted-proxies")
    private Optional<String> trustedProxySetting;

    private List<AddressRange> trustedProxies;
    private PasswordHasher hasher;
    /** Verified against when the login is unknown, so a wrong login costs as long as a wrong password. */
    private String decoyHash;

    @PostConstruct
    void init() {
        hasher = new PasswordHasher(iterations);
        trustedProxies = AddressRange.parseList(trustedProxySetting.orElse(""));
        decoyHash = hasher.hash("decoy-password-1");
    }

    public AccountView signUp(SignUpCommand command) {
        return signUp(command, null);
    }

    /** With an Idempotency-Key, a repeat of the same sign-up answers with the account the first one created. */
    public AccountView signUp(SignUpCommand command, String idempotencyKey) {
        if (command == null) {
            throw InvalidInputException.of("body", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        AccountRules.checkLogin(command.login(), errors);
        AccountRules.checkPassword(command.password(), command.login(), errors);
        AccountRules.checkDisplayName(command.displayName(), errors);
        AccountRules.checkMobile(command.mobile(), errors);
        AccountRules.checkEmail(command.email(), errors);
        Role role = selfServiceRole(command.role(), errors);
        AccountRules.checkLanguage(command.language(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String language = Messages.fromTag(command.language()).toLanguageTag();
        String mobile = AccountRules.normalizeMobile(command.mobile());
        String email = blankToNull(command.email());
        // anonymous: the key's scope is the sign-up itself; the password stays out of the fingerprint
        IdempotentRequest request = IdempotentRequest.of(AGGREGATE, 0, idempotencyKey, List.of(
                AccountRules.normalizeLogin(command.login()), role, command.displayName().strip(), mobile, String.valueOf(email),
                language));
        if (request != null) {
            Optional<Long> earlier = idempotentRequests.earlierResult(request);
            if (earlier.isPresent()) {
                return find(earlier.get());
            }
        }
        AccountView created = create(command.login(), command.password(), command.displayName(), mobile, email, language, role);
        if (request != null) {
            idempotentRequests.remember(request, created.accountId());
        }
        return created;
    }

    public AccountView createOperator(NewOperatorCommand command, long actorAccountId) {
        return createOperator(command, actorAccountId, null);
    }

    /** With an Idempotency-Key (scoped to the operator creating), a repeat answers with the operator the first created. */
    public AccountView createOperator(NewOperatorCommand command, long actorAccountId, String idempotencyKey) {
        Account actor = em.find(Account.class, actorAccountId);
        if (actor == null || !actor.hasRole(Role.OPERATOR)) {
            throw new ForbiddenException("error.operatorOnly");
        }
        if (command == null) {
            throw InvalidInputException.of("body", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        AccountRules.checkLogin(command.login(), errors);
        AccountRules.checkPassword(command.password(), command.login(), errors);
        AccountRules.checkDisplayName(command.displayName(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        IdempotentRequest request = IdempotentRequest.of(AGGREGATE, actorAccountId, idempotencyKey, List.of(
                AccountRules.normalizeLogin(command.login()), Role.OPERATOR, command.displayName().strip()));
        if (request != null) {
            Optional<Long> earlier = idempotentRequests.earlierResult(request);
            if (earlier.isPresent()) {
                return find(earlier.get());
            }
        }
        AccountView created = create(command.login(), command.password(), command.displayName(), null, null,
                Messages.DEFAULT_LOCALE.toLanguageTag(), Role.OPERATOR);
        if (request != null) {
            idempotentRequests.remember(request, created.accountId());
        }
        return created;
    }

    /** Used by the demo data, which is the only other way an operator comes to exist. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AccountView> findByLogin(String login) {
        return accountByLogin(AccountRules.normalizeLogin(login)).map(AccountService::view);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AccountView find(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException("error.accountNotFound");
        }
        return view(account);
    }

    /** Every operator account, for alarms that concern the whole review team. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AccountView> operators() {
        return em.createNamedQuery("Account.withRole", Account.class).setParameter("role", Role.OPERATOR)
                .getResultStream().map(AccountService::view).toList();
    }

    /**
     * The account whose password this is; empty for any mismatch, without saying which part was wrong. Throttled: past
     * {@code marketplace.login.max-failures} failures of the login, or {@code marketplace.login.address-max-failures} of
     * the client's address, within the window, every attempt is refused with {@link TooManyRequestsException} (the
     * right password too) until enough failures have left the window. Shared by the console and the API's tokens.
     */
    public Optional<AccountView> verifyCredentials(String login, String password, LoginOrigin origin) {
        if (login == null || login.isBlank() || password == null) {
            return Optional.empty();
        }
        String key = LoginThrottle.key(login);
        String address = origin.clientAddress(trustedProxies);
        long attempt = loginAttempts.begin(key, address);
        Optional<Duration> wait = loginAttempts.refusal(attempt, key, address);
        if (wait.isPresent()) {
            loginAttempts.forget(attempt);
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
            throw new TooManyRequestsException(seconds, "error.tooManyLoginAttempts", (seconds + 59) / 60);
        }
        Optional<AccountView> account = matchingAccount(login, password);
        if (account.isPresent()) {
            loginAttempts.succeeded(key);
        }
        return account;
    }

    private Optional<AccountView> matchingAccount(String login, String password) {
        if (password.length() > AccountRules.PASSWORD_MAX) {
            return Optional.empty();
        }
        Optional<Account> account = accountByLogin(AccountRules.normalizeLogin(login));
        if (account.isEmpty()) {
            hasher.matches(password, decoyHash);
            return Optional.empty();
        }
        Account found = account.get();
        if (!hasher.matches(password, found.passwordHash())) {
            return Optional.empty();
        }
        if (hasher.needsRehash(found.passwordHash())) {
            found.rehashPassword(hasher.hash(password));
        }
        return Optional.of(view(found));
    }

    private AccountView create(String login, String password, String displayName, String mobile, String email,
                               String language, Role role) {
        String normalizedLogin = AccountRules.normalizeLogin(login);
        if (accountByLogin(normalizedLogin).isPresent()) {
            throw new ConflictException("error.loginTaken", normalizedLogin);
        }
        Account account = new Account(normalizedLogin, hasher.hash(password), displayName.strip(), mobile, email, language,
                EnumSet.of(role), clock.instant());
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e)) {
                // another sign-up took the same login between the check and the insert
                throw new ConflictException("error.loginTaken", normalizedLogin);
            }
            throw e;
        }
        outbox.append(DomainEvent.of(EventType.ACCOUNT_REGISTERED, account.createdAt(), AGGREGATE, account.accountId(),
                JsonFactory.createObjectBuilder()
                        .add("accountId", account.accountId())
                        .add("login", account.login())
                        .add("displayName", account.displayName())
                        .add("mobile", mobile == null ? "" : mobile)
                        .add("language", language)
                        .add("roles", roles(account.roles()))
                        .build()));
        return view(account);
    }

    private Optional<Account> accountByLogin(String normalizedLogin) {
        return em.createNamedQuery("Account.byLogin", Account.class)
                .setParameter("login", normalizedLogin)
                .getResultStream()
                .findFirst();
    }

    private static Role selfServiceRole(String role, List<FieldError> errors) {
        if (role == null || role.isBlank()) {
            errors.add(new FieldError("role", "required"));
            return null;
        }
        if (Role.PROVIDER.name().equals(role)) {
            return Role.PROVIDER;
        }
        if (Role.CUSTOMER.name().equals(role)) {
            return Role.CUSTOMER;
        }
        errors.add(new FieldError("role", "signUpRole"));
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static JsonArrayBuilder roles(Set<Role> roles) {
        JsonArrayBuilder array = JsonFactory.createArrayBuilder();
        roles.stream().map(Role::name).sorted().forEach(array::add);
        return array;
    }

    static AccountView view(Account account) {
        return new AccountView(account.accountId(), account.login(), account.displayName(), account.mobile(), account.email(),
                account.language(), account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
