package com.cloudmarket.marketplace.e2e;

import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the database holds of one provider's orders, read directly (not through the application a drill just broke):
 * orders, timeline steps, outbox events and what each notification channel made of them.
 */
final class OrderLedger {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);
    private static final String PROVIDER_EVENTS = "FROM outbox_event e WHERE e.aggregate_type = 'Order' AND e.aggregate_id IN "
            + "(SELECT o.order_no FROM customer_order o WHERE o.provider_account_id = ?)";

    private final long providerAccountId;

    OrderLedger(long providerAccountId) {
        this.providerAccountId = providerAccountId;
    }

    Set<String> orderNos() throws SQLException {
        return new HashSet<>(strings("SELECT order_no FROM customer_order WHERE provider_account_id = ?", providerAccountId));
    }

    /** "order/action ×n" for every step an order has more than once. */
    List<String> repeatedSteps() throws SQLException {
        return strings("SELECT CONCAT(o.order_no, '/', s.action, ' x', COUNT(*)) FROM order_step s "
                + "JOIN customer_order o ON o.id = s.order_id WHERE o.provider_account_id = ? "
                + "GROUP BY o.order_no, s.action HAVING COUNT(*) > 1", providerAccountId);
    }

    Set<String> steps() throws SQLException {
        return new HashSet<>(strings("SELECT CONCAT(o.order_no, '/', s.action) FROM order_step s "
                + "JOIN customer_order o ON o.id = s.order_id WHERE o.provider_account_id = ?", providerAccountId));
    }

    long unpublishedEvents() throws SQLException {
        return number("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL");
    }

    /** Transactions prepared in the database and never completed: each holds its row locks until resolved. */
    long transactionsInDoubt() throws SQLException {
        return strings("XA RECOVER").size();
    }

    long events() throws SQLException {
        return number("SELECT COUNT(*) " + PROVIDER_EVENTS, providerAccountId);
    }

    /** Orders the customer has not confirmed although their auto-confirmation fell due. */
    List<String> overdueConfirmations(Instant now) throws SQLException {
        return strings("SELECT order_no FROM customer_order WHERE provider_account_id = ? "
                + "AND status = 'AWAITING_CONFIRMATION' AND auto_confirm_at <= ?", providerAccountId, UTC.format(now));
    }

    long autoConfirmationsSince(Instant since) throws SQLException {
        return number("SELECT COUNT(*) FROM order_step s JOIN customer_order o ON o.id = s.order_id "
                + "WHERE o.provider_account_id = ? AND s.action = 'AUTO_CONFIRMED' AND s.step_at > ?",
                providerAccountId, UTC.format(since));
    }

    /**
     * Every event of the provider's orders against what each channel made of it: one inbox message per recipient, one
     * SMS, sent, per customer recipient with a mobile number, one webhook delivery, delivered, per interested
     * subscription.
     * Returns the differences (empty when every event reached every channel exactly once).
     */
    List<String> notificationDifferences(Set<String> subscribedTypes) throws SQLException {
        List<String> differences = new ArrayList<>();
        try (Connection db = connect(); PreparedStatement events = db.prepareStatement(
                "SELECT e.event_id, e.event_type, e.payload, "
                        + "(SELECT COUNT(*) FROM inbox_message m WHERE m.event_id = e.event_id), "
                        + "(SELECT COUNT(DISTINCT m.recipient_account_id) FROM inbox_message m WHERE m.event_id = e.event_id), "
                        + "(SELECT COUNT(*) FROM sms_outbox s WHERE s.event_id = e.event_id), "
                        + "(SELECT COUNT(*) FROM sms_outbox s WHERE s.event_id = e.event_id AND s.status = 'SENT'), "
                        + "(SELECT COUNT(*) FROM webhook_delivery w WHERE w.event_id = e.event_id), "
                        + "(SELECT COUNT(*) FROM webhook_delivery w WHERE w.event_id = e.event_id AND w.status = 'DELIVERED') "
                        + PROVIDER_EVENTS)) {
            events.setLong(1, providerAccountId);
            try (ResultSet rs = events.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1) + " " + rs.getString(2);
                    JsonObject data = MarketplaceHttp.json(rs.getString(3)).getJsonObject("data");
                    List<JsonObject> recipients = data.getJsonArray("recipients").getValuesAs(JsonObject.class);
                    long customersWithMobile = recipients.stream()
                            .filter(r -> "CUSTOMER".equals(r.getString("side")) && !r.getString("mobile", "").isEmpty())
                            .count();
                    int webhooks = subscribedTypes.contains(rs.getString(2)) ? 1 : 0;
                    expect(differences, id, "inbox messages", recipients.size(), rs.getLong(4));
                    expect(differences, id, "inbox recipients", recipients.size(), rs.getLong(5));
                    expect(differences, id, "SMS", customersWithMobile, rs.getLong(6));
                    expect(differences, id, "sent SMS", customersWithMobile, rs.getLong(7));
                    expect(differences, id, "webhook deliveries", webhooks, rs.getLong(8));
                    expect(differences, id, "delivered webhook deliveries", webhooks, rs.getLong(9));
                }
            }
        }
        return differences;
    }

    /** The ids of the provider's events of these types, as webhook receivers should see them. */
    Set<String> eventIds(Set<String> types) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection db = connect();
             PreparedStatement events = db.prepareStatement("SELECT e.event_id, e.event_type " + PROVIDER_EVENTS)) {
            events.setLong(1, providerAccountId);
            try (ResultSet rs = events.executeQuery()) {
                while (rs.next()) {
                    if (types.contains(rs.getString(2))) {
                        ids.add(rs.getString(1).strip());
                    }
                }
            }
        }
        return ids;
    }

    private static void expect(List<String> differences, String event, String what, long expected, long actual) {
        if (expected != actual) {
            differences.add(event + ": " + actual + " " + what + ", expected " + expected);
        }
    }

    private static long number(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(strings(sql, parameters).get(0));
    }

    private static List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    private static Connection connect() throws SQLException {
        String password = System.getenv("MARKETPLACE_DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("MARKETPLACE_DB_URL"),
                System.getenv().getOrDefault("MARKETPLACE_DB_USER", "root"), password == null ? "" : password);
    }
}
