package com.cloudmarket.marketplace.product.application;

import com.cloudmarket.marketplace.shared.domain.StaleVersionException;

/** The caller edited a version of the product that is no longer current (the API answers 412 to a stale If-Match). */
public class StaleProductException extends StaleVersionException {
}
