package com.cloudmarket.marketplace.notification.domain;

import java.util.List;

/** What one event means for one recipient on one channel: whom to tell, with which messages (inbox title and body; SMS, if any), filled with what. */
public record Notice(long recipientAccountId, String mobile, String language, String titleKey, String bodyKey,
                     String smsKey, List<String> arguments) {

    public boolean wantsSms() {
        return smsKey != null && mobile != null && !mobile.isBlank();
    }
}
