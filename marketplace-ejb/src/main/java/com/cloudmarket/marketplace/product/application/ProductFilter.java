package com.cloudmarket.marketplace.product.application;

import java.io.Serializable;

/** A provider's product list filter; each part optional (null or blank), an unknown status or type is a 400. */
public record ProductFilter(String status, String type, String q) implements Serializable {

    public static ProductFilter none() {
        return new ProductFilter(null, null, null);
    }
}
