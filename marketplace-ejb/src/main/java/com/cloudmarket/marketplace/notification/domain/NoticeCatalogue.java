package com.cloudmarket.marketplace.notification.domain;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Decides who hears about which event. Events that concern nobody yield no notice. */
public final class NoticeCatalogue {

    /** Due times read as Beijing time, the marketplace's business time zone, whatever the reader's language. */
    private static final DateTimeFormatter SHANGHAI_MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private NoticeCatalogue() {
    }

    public static List<Notice> noticesFor(EventEnvelope event) {
        return switch (event.type()) {
            case "ACCOUNT_REGISTERED" -> List.of(new Notice(Long.parseLong(event.text("accountId")), event.text("mobile"),
                    event.text("language"), "notice.welcome.title", "notice.welcome.body", "sms.welcome",
                    List.of(event.text("displayName"), event.text("accountId"))));
            case "PROFILE_REVIEW_DECIDED" -> {
                String outcome = "APPROVED".equals(event.text("outcome")) ? "profileApproved" : "profileRejected";
                yield List.of(new Notice(Long.parseLong(event.text("accountId")), event.text("mobile"), event.text("language"),
                        "notice." + outcome + ".title", "notice." + outcome + ".body", "sms." + outcome,
                        List.of(event.text("displayName"), event.text("reviewId"), event.text("reason"))));
            }
            case "PRODUCT_REVIEW_DECIDED" -> {
                String outcome = "APPROVED".equals(event.text("outcome")) ? "productApproved" : "productRejected";
                yield List.of(new Notice(Long.parseLong(event.text("accountId")), event.text("mobile"), event.text("language"),
                        "notice." + outcome + ".title", "notice." + outcome + ".body", "sms." + outcome,
                        List.of(event.text("displayName"), event.text("productName"), event.text("reviewId"),
                                event.text("reason"), event.text("productId"))));
            }
            case "REVIEW_OVERDUE" -> reviewOverdue(event);
            case "ORDER_CREATED", "REQUIREMENT_SUBMITTED", "ORDER_STARTED", "ORDER_COMPLETED", "ORDER_REMINDED",
                 "ORDER_CONFIRMED", "ORDER_AUTO_CONFIRMED" -> orderStep(event);
            default -> List.of();
        };
    }

    /**
     * One notice per party the order event names. The customer also gets an SMS (the provider's steps and the
     * auto-confirmation concern a customer who may not be in the console); the provider works in the console, so the
     * inbox is enough there.
     */
    private static List<Notice> orderStep(EventEnvelope event) {
        JsonArray recipients = event.data().getJsonArray("recipients");
        if (recipients == null) {
            return List.of();
        }
        String name = noticeName(event.type());
        String autoConfirmAt = event.text("autoConfirmAt");
        String due = autoConfirmAt == null || autoConfirmAt.isEmpty() ? "" : SHANGHAI_MINUTES.format(Instant.parse(autoConfirmAt));
        return recipients.getValuesAs(JsonObject.class).stream()
                .map(r -> {
                    boolean customer = "CUSTOMER".equals(r.getString("side", ""));
                    return new Notice(r.getJsonNumber("accountId").longValue(), customer ? r.getString("mobile", null) : null,
                            r.getString("language", null), "notice." + name + ".title", "notice." + name + ".body",
                            customer ? "sms." + name : null,
                            List.of(r.getString("displayName", ""), event.text("productName"), event.text("orderNo"), due));
                })
                .toList();
    }

    /** ORDER_AUTO_CONFIRMED → orderAutoConfirmed: the message keys' spelling of an event type. */
    static String noticeName(String type) {
        StringBuilder name = new StringBuilder();
        for (String word : type.toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    /**
     * One inbox notice per operator the event names. No SMS: operator accounts have no mobile number (an administrator
     * creates them without one), and the alarm is for people who work in the console's review queue anyway.
     */
    private static List<Notice> reviewOverdue(EventEnvelope event) {
        JsonArray recipients = event.data().getJsonArray("recipients");
        if (recipients == null) {
            return List.of();
        }
        List<String> arguments = List.of(event.text("reviewId"), event.text("subjectId"),
                SHANGHAI_MINUTES.format(Instant.parse(event.text("dueAt"))), event.text("providerAccountId"));
        String bodyKey = "notice.reviewOverdue.body." + event.text("subject");
        return recipients.getValuesAs(JsonObject.class).stream()
                .map(r -> new Notice(r.getJsonNumber("accountId").longValue(), null, r.getString("language", null),
                        "notice.reviewOverdue.title", bodyKey, null, arguments))
                .toList();
    }
}
