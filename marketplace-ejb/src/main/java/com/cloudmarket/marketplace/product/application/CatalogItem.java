package com.cloudmarket.marketplace.product.application;

import com.cloudmarket.marketplace.shared.domain.Money;

import java.io.Serializable;

/** One on-sale product in the storefront, from its live content; {@code fromPrice} is its cheapest plan. */
public record CatalogItem(long productId, String type, String name, String summary, String category, Money fromPrice,
                          long providerAccountId, String providerName) implements Serializable {
}
