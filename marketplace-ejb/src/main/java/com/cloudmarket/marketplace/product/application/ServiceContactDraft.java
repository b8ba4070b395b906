package com.cloudmarket.marketplace.product.application;

import java.io.Serializable;

public record ServiceContactDraft(String name, String phone, String email) implements Serializable {
}
