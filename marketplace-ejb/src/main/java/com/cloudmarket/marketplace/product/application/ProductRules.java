package com.cloudmarket.marketplace.product.application;

import com.cloudmarket.marketplace.account.domain.AccountRules;
import com.cloudmarket.marketplace.product.domain.ProductContent;
import com.cloudmarket.marketplace.product.domain.ProductDescription;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field rules of a product. Turns what a provider typed into a validated {@code ProductContent} (trimmed, blanks
 * as absent, the description sanitised) or reports every broken field at once under its JSON path
 * ({@code plans[0].price.amount}), so a form can mark each one. An empty list or blank text counts as absent, so a form
 * may send the other types' fields empty.
 */
public final class ProductRules {

    public static final int NAME_MAX = 60;
    public static final int SUMMARY_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int CATEGORY_MAX = 30;
    public static final int PLANS_MAX = 10;
    public static final int PLAN_NAME_MAX = 30;
    public static final BigDecimal PRICE_MAX = new BigDecimal("1000000.00");
    public static final int CONTACT_NAME_MAX = 30;
    public static final int FORM_FIELDS_MAX = 30;
    public static final int FORM_LABEL_MAX = 60;
    public static final int SELECT_OPTIONS_MAX = 30;
    public static final int OPTION_MAX = 60;
    public static final int DELIVERY_DAYS_MAX = 365;
    public static final int WARRANTY_DAYS_MAX = 3650;
    public static final int VERSION_MAX = 30;
    public static final int OS_MAX = 60;
    public static final int IMAGE_REFERENCE_MAX = 200;

    public static final Set<String> FORM_FIELD_TYPES = Set.of("TEXT", "TEXTAREA", "NUMBER", "SELECT");
    public static final Set<String> LICENSE_TYPES = Set.of("PERPETUAL", "SUBSCRIPTION", "OPEN_SOURCE");
    public static final Set<String> ARCHITECTURES = Set.of("X86_64", "ARM64");

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    /** A landline with area code (extension allowed) or a 400/800 service number. */
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|[48]00-?\\d{3}-?\\d{4}");
    private static final Pattern FORM_FIELD_NAME = Pattern.compile("[a-z][a-zA-Z0-9_]{0,39}");

    private ProductRules() {
    }

    public static ProductContent validated(ProductDraft input) {
        if (input == null) {
            throw InvalidInputException.of("body", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        ProductType type = type(input.type(), errors);
        String name = line("name", input.name(), NAME_MAX, true, errors);
        String summary = line("summary", input.summary(), SUMMARY_MAX, true, errors);
        String description = description(input.description(), errors);
        String category = line("category", input.category(), CATEGORY_MAX, true, errors);
        List<ProductContent.Plan> plans = plans(input.plans(), errors);
        ProductContent.ServiceContact contact = contact(input.serviceContact(), errors);
        ProductContent.OpsServiceTerms ops = null;
        ProductContent.SoftwareTerms software = null;
        ProductContent.ImageTerms image = null;
        if (type == ProductType.OPS_SERVICE) {
            ops = ops(input, errors);
        } else if (present(input.requirementForm()) || input.requirementBeforeStart() != null
                || input.deliveryDays() != null || input.warrantyDays() != null) {
            absent(type, errors, "requirementForm", input.requirementForm(), "requirementBeforeStart",
                    input.requirementBeforeStart(), "deliveryDays", input.deliveryDays(), "warrantyDays", input.warrantyDays());
        }
        if (type == ProductType.SOFTWARE_SERVICE) {
            software = new ProductContent.SoftwareTerms(line("version", input.version(), VERSION_MAX, true, errors),
                    oneOf("licenseType", input.licenseType(), LICENSE_TYPES, "licenseType", errors));
        } else {
            absent(type, errors, "version", input.version(), "licenseType", input.licenseType());
        }
        if (type == ProductType.IMAGE) {
            image = new ProductContent.ImageTerms(line("os", input.os(), OS_MAX, true, errors),
                    oneOf("architecture", input.architecture(), ARCHITECTURES, "architecture", errors),
                    line("imageReference", input.imageReference(), IMAGE_REFERENCE_MAX, true, errors));
        } else {
            absent(type, errors, "os", input.os(), "architecture", input.architecture(), "imageReference",
                    input.imageReference());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ProductContent(type, name, summary, description, category, plans, contact, ops, software, image);
    }

    /** A product type by name; unknown or missing is reported on {@code field}. */
    public static ProductType type(String value, String field, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            errors.add(new FieldError(field, "required"));
            return null;
        }
        try {
            return ProductType.valueOf(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "productType"));
            return null;
        }
    }

    private static ProductType type(String value, List<FieldError> errors) {
        return type(value, "type", errors);
    }

    private static String description(String value, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        if (text.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "maxLength", DESCRIPTION_MAX));
            return null;
        }
        String safe = ProductDescription.sanitised(text);
        return safe.isEmpty() ? null : safe;
    }

    private static List<ProductContent.Plan> plans(List<PlanDraft> input, List<FieldError> errors) {
        if (input == null || input.isEmpty()) {
            errors.add(new FieldError("plans", "required"));
            return List.of();
        }
        if (input.size() > PLANS_MAX) {
            errors.add(new FieldError("plans", "listSize", 1, PLANS_MAX));
            return List.of();
        }
        List<ProductContent.Plan> plans = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            String path = "plans[" + i + "]";
            PlanDraft plan = input.get(i) == null ? new PlanDraft(null, null, null) : input.get(i);
            String name = line(path + ".name", plan.name(), PLAN_NAME_MAX, true, errors);
            if (name != null && !names.add(name)) {
                errors.add(new FieldError(path + ".name", "duplicate"));
            }
            BigDecimal amount = amount(path + ".price.amount", plan.amount(), errors);
            String currency = blankToNull(plan.currency());
            if (currency != null && !currency.equals("CNY")) {
                errors.add(new FieldError(path + ".price.currency", "currencyCny"));
            }
            if (name != null && amount != null) {
                plans.add(new ProductContent.Plan(name, Money.cny(amount)));
            }
        }
        return plans;
    }

    /** A price as typed: a decimal above zero, at most 1 000 000.00, with at most two decimal places. */
    public static BigDecimal amount(String field, String value, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            errors.add(new FieldError(field, "required"));
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            errors.add(new FieldError(field, "decimal"));
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() <= 0 || amount.compareTo(PRICE_MAX) > 0 || amount.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "priceAmount", "0.01", "1000000.00"));
            return null;
        }
        return amount.setScale(2);
    }

    private static ProductContent.ServiceContact contact(ServiceContactDraft input, List<FieldError> errors) {
        ServiceContactDraft c = input == null ? new ServiceContactDraft(null, null, null) : input;
        String name = line("serviceContact.name", c.name(), CONTACT_NAME_MAX, true, errors);
        String phone = blankToNull(c.phone());
        if (phone == null) {
            errors.add(new FieldError("serviceContact.phone", "required"));
        } else {
            String mobile = AccountRules.normalizeMobile(phone);
            if (mobile != null) {
                phone = mobile;
            } else if (!LANDLINE.matcher(phone).matches()) {
                errors.add(new FieldError("serviceContact.phone", "servicePhone"));
                phone = null;
            }
        }
        String email = blankToNull(c.email());
        if (email == null) {
            errors.add(new FieldError("serviceContact.email", "required"));
        } else {
            List<FieldError> emailErrors = new ArrayList<>();
            AccountRules.checkEmail(email, emailErrors);
            if (!emailErrors.isEmpty()) {
                errors.add(new FieldError("serviceContact.email", "email"));
            }
        }
        return new ProductContent.ServiceContact(name, phone, email);
    }

    private static ProductContent.OpsServiceTerms ops(ProductDraft input, List<FieldError> errors) {
        List<FormFieldDraft> form = input.requirementForm() == null ? List.of() : input.requirementForm();
        List<ProductContent.FormField> fields = new ArrayList<>();
        if (form.size() > FORM_FIELDS_MAX) {
            errors.add(new FieldError("requirementForm", "listSize", 0, FORM_FIELDS_MAX));
        } else {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < form.size(); i++) {
                ProductContent.FormField field = formField("requirementForm[" + i + "]", form.get(i), names, errors);
                if (field != null) {
                    fields.add(field);
                }
            }
        }
        if (input.requirementBeforeStart() == null) {
            errors.add(new FieldError("requirementBeforeStart", "required"));
        }
        Integer delivery = range("deliveryDays", input.deliveryDays(), 1, DELIVERY_DAYS_MAX, errors);
        Integer warranty = range("warrantyDays", input.warrantyDays(), 0, WARRANTY_DAYS_MAX, errors);
        return new ProductContent.OpsServiceTerms(fields, Boolean.TRUE.equals(input.requirementBeforeStart()),
                delivery == null ? 0 : delivery, warranty == null ? 0 : warranty);
    }

    private static ProductContent.FormField formField(String path, FormFieldDraft input, Set<String> names,
                                                      List<FieldError> errors) {
        FormFieldDraft f = input == null ? new FormFieldDraft(null, null, null, null, null) : input;
        int before = errors.size();
        String name = blankToNull(f.name());
        if (name == null) {
            errors.add(new FieldError(path + ".name", "required"));
        } else if (!FORM_FIELD_NAME.matcher(name).matches()) {
            errors.add(new FieldError(path + ".name", "formFieldName"));
        } else if (!names.add(name)) {
            errors.add(new FieldError(path + ".name", "duplicate"));
        }
        String label = line(path + ".label", f.label(), FORM_LABEL_MAX, true, errors);
        String type = oneOf(path + ".type", f.type(), FORM_FIELD_TYPES, "formFieldType", errors);
        List<String> options = new ArrayList<>();
        List<String> given = f.options() == null ? List.of() : f.options();
        if ("SELECT".equals(type)) {
            if (given.isEmpty() || given.size() > SELECT_OPTIONS_MAX) {
                errors.add(new FieldError(path + ".options", "selectOptions", SELECT_OPTIONS_MAX));
            } else {
                for (int j = 0; j < given.size(); j++) {
                    String option = line(path + ".options[" + j + "]", given.get(j), OPTION_MAX, true, errors);
                    if (option != null && options.contains(option)) {
                        errors.add(new FieldError(path + ".options[" + j + "]", "duplicate"));
                    } else if (option != null) {
                        options.add(option);
                    }
                }
            }
        } else if (type != null && !given.isEmpty()) {
            errors.add(new FieldError(path + ".options", "optionsNotAllowed"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new ProductContent.FormField(name, label, type, Boolean.TRUE.equals(f.required()), options);
    }

    private static Integer range(String field, Integer value, int min, int max, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "required"));
            return null;
        }
        if (value < min || value > max) {
            errors.add(new FieldError(field, "range", min, max));
            return null;
        }
        return value;
    }

    private static String oneOf(String field, String value, Set<String> allowed, String code, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            errors.add(new FieldError(field, "required"));
            return null;
        }
        if (!allowed.contains(text)) {
            errors.add(new FieldError(field, code));
            return null;
        }
        return text;
    }

    /** One line of text: trimmed, at most {@code max} characters, no control characters. */
    private static String line(String field, String value, int max, boolean required, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            if (required) {
                errors.add(new FieldError(field, "required"));
            }
            return null;
        }
        if (text.length() > max) {
            errors.add(new FieldError(field, "maxLength", max));
            return null;
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "controlCharacters"));
            return null;
        }
        return text;
    }

    /** Pairs of (field, value): each value that is present is an error, since the field belongs to another type. */
    private static void absent(ProductType type, List<FieldError> errors, Object... pairs) {
        if (type == null) {
            return;
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (present(pairs[i + 1])) {
                errors.add(new FieldError((String) pairs[i], "notForType", type.name()));
            }
        }
    }

    private static boolean present(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof String s) {
            return !s.isBlank();
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        return true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
