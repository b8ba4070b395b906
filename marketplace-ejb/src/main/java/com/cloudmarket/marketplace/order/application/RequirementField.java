package com.cloudmarket.marketplace.order.application;

import java.io.Serializable;
import java.util.List;

/** One field of the requirement form as the order snapshotted it; {@code options} only for SELECT. */
public record RequirementField(String name, String label, String type, boolean required, List<String> options)
        implements Serializable {
}
