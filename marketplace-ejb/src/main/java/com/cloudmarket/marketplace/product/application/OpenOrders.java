package com.cloudmarket.marketplace.product.application;

/** How many orders of a product are still open, for the delist impact preview. The order context answers it. */
public interface OpenOrders {

    long openOrders(long productId);
}
