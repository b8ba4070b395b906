package com.cloudmarket.marketplace.provider.domain;

/** A provider's live profile was set or replaced, in the transaction that did it (a synchronous CDI event). */
public record LiveProfileChanged(long accountId) {
}
