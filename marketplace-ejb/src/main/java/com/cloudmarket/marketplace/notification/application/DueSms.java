package com.cloudmarket.marketplace.notification.application;

import com.cloudmarket.marketplace.notification.application.SmsGateway.OutgoingSms;

/** A claimed SMS, ready for the gateway. */
public record DueSms(long id, OutgoingSms sms) {
}
