package com.cloudmarket.marketplace.shared.infrastructure;

/**
 * Tells the outbox relay that a transaction with events has committed. An interface, so the outbox can ask for it
 * where no relay is deployed (the component tests have no broker) without needing the relay's class.
 */
public interface RelayWakeUp {

    void wakeUp();
}
