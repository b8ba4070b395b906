package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.account.domain.PasswordHasher;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;
import com.cloudmarket.marketplace.provider.domain.ProfileRules;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh providers, operators and profiles for the review component tests, so no test depends on another's data. */
final class ReviewTestData {

    static final String PASSWORD = "Secret123";

    private ReviewTestData() {
    }

    static long newProvider(AccountService accounts) {
        String login = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return accounts.signUp(new SignUpCommand(login, PASSWORD, "服务商 " + login,
                "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), null, "PROVIDER", "zh-CN"))
                .accountId();
    }

    /** Operators come only from an administrator or another operator, so the test writes one into the database. */
    static long newOperator(DataSource dataSource, String language) {
        long id = 90_000_000L + ThreadLocalRandom.current().nextInt(9_000_000);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO account (id, version, login, password_hash, "
                    + "display_name, language, created_at) VALUES (?, 1, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, operatorLogin(id));
                s.setString(3, new PasswordHasher(10_000).hash(PASSWORD));
                s.setString(4, "审核员 " + id);
                s.setString(5, language);
                s.setTimestamp(6, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'OPERATOR')")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    static String operatorLogin(long id) {
        return "op" + id;
    }

    static ProfileContent profile(String companyName, String contactMobile) {
        return new ProfileContent(
                new ProfileContent.Company(companyName, ProfileRules.withCheckCharacter("91310115MA1K4ABC1"),
                        "上海市浦东新区张江路 100 号", "https://yunfan.example.com", "云上运维"),
                new ProfileContent.CustomerService("400-800-1234", "service@yunfan.example.com", "工作日 9:00-18:00", null),
                new ProfileContent.Contact("李娜", contactMobile, "lina@yunfan.example.com"));
    }
}
