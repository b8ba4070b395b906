package com.cloudmarket.marketplace.migration.application;

import com.cloudmarket.marketplace.account.domain.AccountRules;
import com.cloudmarket.marketplace.account.domain.PasswordHasher;
import com.cloudmarket.marketplace.migration.domain.ImportKind;
import com.cloudmarket.marketplace.migration.domain.LineErrors;
import com.cloudmarket.marketplace.migration.infrastructure.ImportStore;
import com.cloudmarket.marketplace.migration.infrastructure.ImportStore.TableRows;
import com.cloudmarket.marketplace.product.application.ProductRules;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;
import com.cloudmarket.marketplace.provider.domain.ProfileRules;
import com.cloudmarket.marketplace.shared.application.JsonInput;
import com.cloudmarket.marketplace.shared.application.Messages;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Provider and customer accounts, keyed by login. An account brings no password (it gets {@link PasswordHasher#UNUSABLE})
 * or a hash in our own PBKDF2 form: hashing ten thousand passwords at full cost would take longer than the import. A
 * provider line also brings its organisation: the live profile (the review rules apply), agreement and deposit.
 */
final class AccountImport implements RecordKind<AccountImport.Line, AccountImport.Line> {

    record Line(String login, String passwordHash, String displayName, String mobile, String email, String language,
                Instant createdAt, ProfileContent profile, String agreementVersion, Instant agreementSignedAt,
                BigDecimal depositAmount, Instant depositPaidAt) {
    }

    private static final int AGREEMENT_VERSION_MAX = 20;
    private static final String PAYMENT_REFERENCE = "IMPORTED";

    private final ImportKind kind;
    private final ImportStore store;
    private final Instant now;

    AccountImport(ImportKind kind, ImportStore store, Instant now) {
        this.kind = kind;
        this.store = store;
        this.now = now;
    }

    @Override
    public ImportKind kind() {
        return kind;
    }

    @Override
    public Line parse(JsonObject o, List<FieldError> errors) {
        String login = JsonInput.text(o, "login", "login", errors);
        AccountRules.checkLogin(login, errors);
        String displayName = JsonInput.text(o, "displayName", "displayName", errors);
        AccountRules.checkDisplayName(displayName, errors);
        String mobile = JsonInput.text(o, "mobile", "mobile", errors);
        AccountRules.checkMobile(mobile, errors);
        String email = JsonInput.text(o, "email", "email", errors);
        AccountRules.checkEmail(email, errors);
        String language = JsonInput.text(o, "language", "language", errors);
        AccountRules.checkLanguage(language, errors);
        String hash = JsonInput.text(o, "passwordHash", "passwordHash", errors);
        if (hash != null && !PasswordHasher.isWellFormed(hash)) {
            errors.add(new FieldError("passwordHash", "passwordHash"));
        }
        Instant createdAt = Lines.time(o, "createdAt", now, false, errors);
        ProfileContent profile = null;
        String agreementVersion = null;
        Instant agreementSignedAt = null;
        BigDecimal deposit = null;
        Instant depositPaidAt = null;
        if (kind == ImportKind.PROVIDER) {
            profile = profile(JsonInput.object(o.get("profile"), "profile", errors), errors);
            agreementVersion = Lines.text(o, "agreementVersion", AGREEMENT_VERSION_MAX, false, errors);
            agreementSignedAt = Lines.time(o, "agreementSignedAt", now, false, errors);
            together("agreementVersion", agreementVersion, "agreementSignedAt", agreementSignedAt, errors);
            JsonValue amount = o.get("depositAmount");
            String amountText = amount instanceof JsonNumber n ? n.bigDecimalValue().toPlainString()
                    : JsonInput.text(o, "depositAmount", "depositAmount", errors);
            deposit = amountText == null ? null : ProductRules.amount("depositAmount", amountText, errors);
            depositPaidAt = Lines.time(o, "depositPaidAt", now, false, errors);
            together("depositAmount", amountText, "depositPaidAt", depositPaidAt, errors);
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Line(AccountRules.normalizeLogin(login), hash == null ? PasswordHasher.UNUSABLE : hash,
                displayName.strip(), AccountRules.normalizeMobile(mobile), email == null || email.isBlank() ? null
                : email.strip(), Messages.fromTag(language).toLanguageTag(), createdAt == null ? now : createdAt,
                profile, agreementVersion, agreementSignedAt, deposit, depositPaidAt);
    }

    @Override
    public String key(Line line) {
        return line.login();
    }

    /** An account of this login that no import created is someone else's: the line is refused, not merged. */
    @Override
    public Resolved<Line> resolve(List<Numbered<Line>> chunk, LineErrors errors) {
        List<String> logins = chunk.stream().map(n -> n.record().login()).toList();
        Set<String> imported = store.importedKeys(kind, logins);
        Map<String, ImportStore.AccountRef> existing = store.accounts(logins);
        List<Line> rows = new ArrayList<>();
        int skipped = 0;
        for (Numbered<Line> n : chunk) {
            if (imported.contains(n.record().login())) {
                skipped++;
            } else if (existing.containsKey(n.record().login())) {
                errors.add(n.line(), "login", "importLoginTaken");
            } else {
                rows.add(n.record());
            }
        }
        return new Resolved<>(rows, skipped);
    }

    @Override
    public void write(List<Line> rows) {
        if (rows.isEmpty()) {
            return;
        }
        long accountId = store.reserveIds("account", rows.size());
        long providerId = kind == ImportKind.PROVIDER ? store.reserveIds("provider", rows.size()) : 0;
        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> providers = new ArrayList<>();
        List<Object[]> keys = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Line l = rows.get(i);
            long id = accountId + i;
            accounts.add(new Object[]{id, l.login(), l.passwordHash(), l.displayName(), l.mobile(), l.email(),
                    l.language(), l.createdAt()});
            roles.add(new Object[]{id, kind.name()});
            keys.add(new Object[]{kind.name(), l.login(), id, now});
            if (kind == ImportKind.PROVIDER) {
                Map<String, String> p = l.profile() == null ? new HashMap<>() : l.profile().fields();
                providers.add(new Object[]{providerId + i, id, l.createdAt(), l.profile() == null ? null : l.createdAt(),
                        p.get("company.name"), p.get("company.registrationNumber"), p.get("company.address"),
                        p.get("company.website"), p.get("company.introduction"), p.get("customerService.hotline"),
                        p.get("customerService.email"), p.get("customerService.hours"), p.get("customerService.channel"),
                        p.get("contact.name"), p.get("contact.mobile"), p.get("contact.email"), l.agreementVersion(),
                        l.agreementSignedAt(), l.depositAmount(), l.depositAmount() == null ? null : "CNY",
                        l.depositAmount() == null ? null : PAYMENT_REFERENCE, l.depositPaidAt()});
            }
        }
        List<TableRows> tables = new ArrayList<>();
        tables.add(new TableRows("INSERT INTO account (id, version, login, password_hash, display_name, mobile, email, "
                + "language, created_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)", accounts));
        tables.add(new TableRows("INSERT INTO account_role (account_id, role) VALUES (?, ?)", roles));
        if (kind == ImportKind.PROVIDER) {
            tables.add(new TableRows("INSERT INTO provider (id, version, account_id, created_at, profile_live_since, "
                    + "company_name, registration_number, company_address, website, introduction, hotline, service_email, "
                    + "service_hours, service_channel, contact_name, contact_mobile, contact_email, agreement_version, "
                    + "agreement_signed_at, deposit_amount, deposit_currency, deposit_payment_reference, deposit_paid_at) "
                    + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", providers));
        }
        tables.add(ImportService.keys(keys));
        store.insert(tables);
    }

    /** The live profile: absent, or complete by the rules a review applies (paths under {@code profile.}). */
    private static ProfileContent profile(JsonObject o, List<FieldError> errors) {
        if (o == null) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        Map<String, JsonObject> sections = new HashMap<>();
        for (String path : ProfileContent.empty().fields().keySet()) {
            String[] parts = path.split("\\.");
            JsonObject section = sections.computeIfAbsent(parts[0], name -> {
                JsonObject value = JsonInput.object(o.get(name), "profile." + name, errors);
                return value == null ? JsonValue.EMPTY_JSON_OBJECT : value;
            });
            fields.put(path, JsonInput.text(section, parts[1], "profile." + path, errors));
        }
        try {
            return ProfileRules.validated(ProfileContent.fromFields(fields));
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.add(new FieldError("profile." + error.field(), error.code(),
                    error.arguments())));
            return null;
        }
    }

    /** Two members that only make sense together: one without the other is an error on the missing one. */
    private static void together(String first, Object a, String second, Object b, List<FieldError> errors) {
        if (a != null && b == null && errors.stream().noneMatch(e -> e.field().equals(second))) {
            errors.add(new FieldError(second, "required"));
        } else if (a == null && b != null && errors.stream().noneMatch(e -> e.field().equals(first))) {
            errors.add(new FieldError(first, "required"));
        }
    }
}
