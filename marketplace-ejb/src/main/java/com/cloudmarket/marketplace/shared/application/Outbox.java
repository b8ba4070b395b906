package com.cloudmarket.marketplace.shared.application;

import com.cloudmarket.marketplace.shared.domain.DomainEvent;

/** Records a domain event in the caller's transaction; it reaches the channels only if that transaction commits. */
public interface Outbox {

    void append(DomainEvent event);
}
