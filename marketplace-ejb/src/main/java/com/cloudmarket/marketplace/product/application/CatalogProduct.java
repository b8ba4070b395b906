package com.cloudmarket.marketplace.product.application;

import com.cloudmarket.marketplace.product.domain.ProductContent;

import java.io.Serializable;

/** The product page as customers see it: live content and who provides it. */
public record CatalogProduct(long productId, String type, ProductContent content, ProviderCard provider)
        implements Serializable {
}
