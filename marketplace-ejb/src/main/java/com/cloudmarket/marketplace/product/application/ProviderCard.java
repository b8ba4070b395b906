package com.cloudmarket.marketplace.product.application;

import java.io.Serializable;

/** The provider as a product page shows it, from its live profile; names are null while it has none. */
public record ProviderCard(long accountId, String companyName, String hotline, String email, String hours, String channel)
        implements Serializable {
}
