package com.cloudmarket.marketplace.product.application;

import java.io.Serializable;
import java.util.List;

/** One field of an ops service's requirement form as typed. */
public record FormFieldDraft(String name, String label, String type, Boolean required, List<String> options)
        implements Serializable {
}
