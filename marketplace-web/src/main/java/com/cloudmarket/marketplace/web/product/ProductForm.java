package com.cloudmarket.marketplace.web.product;

import com.cloudmarket.marketplace.product.application.FormFieldDraft;
import com.cloudmarket.marketplace.product.application.PlanDraft;
import com.cloudmarket.marketplace.product.application.ProductDraft;
import com.cloudmarket.marketplace.product.application.ServiceContactDraft;
import com.cloudmarket.marketplace.product.domain.ProductContent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the product form edits: every field of a product as the inputs hold it (plans and requirement-form fields as
 * rows the provider adds and removes, select options as one comma-separated line), built from a product's content and
 * turned back into the service's {@link ProductDraft}. Only the fields of the chosen type go into the draft, because
 * the service refuses another type's fields.
 */
public final class ProductForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OPS_SERVICE = "OPS_SERVICE";
    public static final String SOFTWARE_SERVICE = "SOFTWARE_SERVICE";
    public static final String IMAGE = "IMAGE";
    public static final List<String> TYPES = List.of(OPS_SERVICE, SOFTWARE_SERVICE, IMAGE);
    public static final List<String> FIELD_TYPES = List.of("TEXT", "TEXTAREA", "NUMBER", "SELECT");
    public static final List<String> LICENSE_TYPES = List.of("PERPETUAL", "SUBSCRIPTION", "OPEN_SOURCE");
    public static final List<String> ARCHITECTURES = List.of("X86_64", "ARM64");
    /** Every plan is priced in CNY; the form has no currency input. */
    public static final String CURRENCY = "CNY";
    static final String SELECT = "SELECT";

    /** One plan row: name and price as typed (the service decides what a valid price is). */
    public static final class PlanRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String name;
        private String amount;

        public PlanRow() {
        }

        PlanRow(String name, String amount) {
            this.name = name;
            this.amount = amount;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }

    /** One field of the requirement-form template; options (SELECT only) as one line separated by commas. */
    public static final class FieldRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String name;
        private String label;
        private String type = "TEXT";
        private boolean required;
        private String options;

        public FieldRow() {
        }

        FieldRow(String name, String label, String type, boolean required, String options) {
            this.name = name;
            this.label = label;
            this.type = type;
            this.required = required;
            this.options = options;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }

        public boolean isSelect() {
            return SELECT.equals(type);
        }
    }

    private String type;
    private String name;
    private String summary;
    private String description;
    private String category;
    private final ArrayList<PlanRow> plans = new ArrayList<>();
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private final ArrayList<FieldRow> requirementForm = new ArrayList<>();
    private boolean requirementBeforeStart;
    private Integer deliveryDays;
    private Integer warrantyDays;
    private String version;
    private String licenseType;
    private String os;
    private String architecture;
    private String imageReference;

    /** An empty form of a type, with one plan row to fill in. */
    public static ProductForm blank(String type) {
        ProductForm form = new ProductForm();
        form.type = type;
        form.plans.add(new PlanRow());
        return form;
    }

    /** The form holding a product's content, to edit it; {@code type} is the product's (the content's type wins). */
    public static ProductForm of(String type, ProductContent content) {
        if (content == null) {
            return blank(type);
        }
        ProductForm form = new ProductForm();
        form.type = content.type() == null ? type : content.type().name();
        form.name = content.name();
        form.summary = content.summary();
        form.description = content.description();
        form.category = content.category();
        for (ProductContent.Plan plan : content.plans()) {
            form.plans.add(new PlanRow(plan.name(), plan.price() == null ? null : plan.price().amount().toPlainString()));
        }
        if (form.plans.isEmpty()) {
            form.plans.add(new PlanRow());
        }
        if (content.serviceContact() != null) {
            form.contactName = content.serviceContact().name();
            form.contactPhone = content.serviceContact().phone();
            form.contactEmail = content.serviceContact().email();
        }
        if (content.ops() != null) {
            for (ProductContent.FormField field : content.ops().requirementForm()) {
                form.requirementForm.add(new FieldRow(field.name(), field.label(), field.type(), field.required(),
                        field.options().isEmpty() ? null : String.join(", ", field.options())));
            }
            form.requirementBeforeStart = content.ops().requirementBeforeStart();
            form.deliveryDays = content.ops().deliveryDays();
            form.warrantyDays = content.ops().warrantyDays();
        }
        if (content.software() != null) {
            form.version = content.software().version();
            form.licenseType = content.software().licenseType();
        }
        if (content.image() != null) {
            form.os = content.image().os();
            form.architecture = content.image().architecture();
            form.imageReference = content.image().imageReference();
        }
        return form;
    }

    /** What the service validates and stores: the common fields and those of this form's type, nothing else. */
    public ProductDraft toDraft() {
        List<PlanDraft> planDrafts = plans.stream().map(p -> new PlanDraft(p.name, p.amount, CURRENCY)).toList();
        ServiceContactDraft contact = new ServiceContactDraft(contactName, contactPhone, contactEmail);
        boolean ops = OPS_SERVICE.equals(type);
        boolean software = SOFTWARE_SERVICE.equals(type);
        boolean image = IMAGE.equals(type);
        List<FormFieldDraft> fields = ops
                ? requirementForm.stream().map(f -> new FormFieldDraft(f.name, f.label, f.type, f.required,
                        SELECT.equals(f.type) ? options(f.options) : List.of())).toList()
                : null;
        return new ProductDraft(type, name, summary, description, category, planDrafts, contact,
                fields, ops ? requirementBeforeStart : null, ops ? deliveryDays : null, ops ? warrantyDays : null,
                software ? version : null, software ? licenseType : null,
                image ? os : null, image ? architecture : null, image ? imageReference : null);
    }

    /** Options as typed on one line: separated by commas (ASCII or Chinese) or semicolons, trimmed, blanks dropped. */
    static List<String> options(String line) {
        if (line == null || line.isBlank()) {
            return List.of();
        }
        return Arrays.stream(line.split("[,，;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The client id of the input for each field path the service reports ({@code plans[1].price.amount} →
     * {@code plans:1:plan-amount}), for {@code FacesFeedback.invalidInput}; a path without an input (none expected)
     * ends up with the form's global messages.
     */
    public Map<String, String> inputIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("name", "product-name");
        ids.put("summary", "product-summary");
        ids.put("description", "product-description");
        ids.put("category", "product-category");
        ids.put("plans", "plan-add");
        for (int i = 0; i < plans.size(); i++) {
            String row = "plans:" + i + ":";
            ids.put("plans[" + i + "]", row + "plan-name");
            ids.put("plans[" + i + "].name", row + "plan-name");
            ids.put("plans[" + i + "].price", row + "plan-amount");
            ids.put("plans[" + i + "].price.amount", row + "plan-amount");
            ids.put("plans[" + i + "].price.currency", row + "plan-amount");
        }
        ids.put("serviceContact", "contact-name");
        ids.put("serviceContact.name", "contact-name");
        ids.put("serviceContact.phone", "contact-phone");
        ids.put("serviceContact.email", "contact-email");
        ids.put("requirementForm", "field-add");
        for (int i = 0; i < requirementForm.size(); i++) {
            String path = "requirementForm[" + i + "]";
            String row = "requirement-form:" + i + ":";
            ids.put(path, row + "field-name");
            ids.put(path + ".name", row + "field-name");
            ids.put(path + ".label", row + "field-label");
            ids.put(path + ".type", row + "field-type");
            ids.put(path + ".required", row + "field-required");
            ids.put(path + ".options", row + "field-options");
            List<String> options = options(requirementForm.get(i).options);
            for (int j = 0; j < Math.max(options.size(), 1); j++) {
                ids.put(path + ".options[" + j + "]", row + "field-options");
            }
        }
        ids.put("requirementBeforeStart", "requirement-before-start");
        ids.put("deliveryDays", "delivery-days");
        ids.put("warrantyDays", "warranty-days");
        ids.put("version", "software-version");
        ids.put("licenseType", "license-type");
        ids.put("os", "image-os");
        ids.put("architecture", "image-architecture");
        ids.put("imageReference", "image-reference");
        return ids;
    }

    public void addPlan() {
        plans.add(new PlanRow());
    }

    /** Removes a plan row; the last one stays (a product needs a plan), emptied. */
    public void removePlan(int index) {
        if (index < 0 || index >= plans.size()) {
            return;
        }
        if (plans.size() == 1) {
            plans.set(0, new PlanRow());
        } else {
            plans.remove(index);
        }
    }

    public void addField() {
        requirementForm.add(new FieldRow());
    }

    public void removeField(int index) {
        if (index >= 0 && index < requirementForm.size()) {
            requirementForm.remove(index);
        }
    }

    public boolean isOps() {
        return OPS_SERVICE.equals(type);
    }

    public boolean isSoftware() {
        return SOFTWARE_SERVICE.equals(type);
    }

    public boolean isImage() {
        return IMAGE.equals(type);
    }

    public String getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public List<PlanRow> getPlans() {
        return plans;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public List<FieldRow> getRequirementForm() {
        return requirementForm;
    }

    public boolean isRequirementBeforeStart() {
        return requirementBeforeStart;
    }

    public void setRequirementBeforeStart(boolean requirementBeforeStart) {
        this.requirementBeforeStart = requirementBeforeStart;
    }

    public Integer getDeliveryDays() {
        return deliveryDays;
    }

    public void setDeliveryDays(Integer deliveryDays) {
        this.deliveryDays = deliveryDays;
    }

    public Integer getWarrantyDays() {
        return warrantyDays;
    }

    public void setWarrantyDays(Integer warrantyDays) {
        this.warrantyDays = warrantyDays;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getLicenseType() {
        return licenseType;
    }

    public void setLicenseType(String licenseType) {
        this.licenseType = licenseType;
    }

    public String getOs() {
        return os;
    }

    public void setOs(String os) {
        this.os = os;
    }

    public String getArchitecture() {
        return architecture;
    }

    public void setArchitecture(String architecture) {
        this.architecture = architecture;
    }

    public String getImageReference() {
        return imageReference;
    }

    public void setImageReference(String imageReference) {
        this.imageReference = imageReference;
    }
}
