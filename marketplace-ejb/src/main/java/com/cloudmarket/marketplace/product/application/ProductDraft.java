package com.cloudmarket.marketplace.product.application;

import java.io.Serializable;
import java.util.List;

/**
 * A product as the provider typed it, the whole content every time; {@link ProductRules} turns it into a validated
 * {@code ProductContent} or reports every broken field at once. Only the fields of {@code type} may be set.
 */
public record ProductDraft(String type, String name, String summary, String description, String category,
                           List<PlanDraft> plans, ServiceContactDraft serviceContact,
                           List<FormFieldDraft> requirementForm, Boolean requirementBeforeStart, Integer deliveryDays,
                           Integer warrantyDays,
                           String version, String licenseType,
                           String os, String architecture, String imageReference) implements Serializable {
}
