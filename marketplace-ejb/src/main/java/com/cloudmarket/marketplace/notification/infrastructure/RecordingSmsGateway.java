package com.cloudmarket.marketplace.notification.infrastructure;

import com.cloudmarket.marketplace.notification.application.SmsGateway;
import com.cloudmarket.marketplace.notification.application.SmsGatewayChoice;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The default gateway: sends nothing. The SMS outbox entry that {@code SmsService} writes for every SMS is all that
 * happens, which is what demos, tests and a marketplace without an SMS contract need.
 */
@ApplicationScoped
public class RecordingSmsGateway implements SmsGateway {

    static final String NAME = SmsGatewayChoice.DEFAULT;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void send(OutgoingSms sms) {
        // recorded by the SMS service like every SMS; nothing leaves the marketplace
    }
}
