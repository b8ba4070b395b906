package com.cloudmarket.marketplace.migration.application;

import java.io.Serializable;

/** What an import stored: records new to the marketplace, and records a previous run had imported already. */
public record ImportResult(String kind, long imported, long skipped) implements Serializable {
}
