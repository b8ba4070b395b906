package com.cloudmarket.marketplace.notification.domain;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;

import java.util.List;

/** Decides who hears about which event. Events that concern nobody yield no notice. */
public final class NoticeCatalogue {

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
            default -> List.of();
        };
    }
}
