package com.cloudmarket.marketplace.provider.domain;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three sections of a provider's profile as one value: what the live profile shows and what a revision proposes.
 * Any section may be null in input; {@link ProfileRules} reports its required fields then.
 */
public record ProfileContent(Company company, CustomerService customerService, Contact contact) implements Serializable {

    public record Company(String name, String registrationNumber, String address, String website, String introduction)
            implements Serializable {
    }

    public record CustomerService(String hotline, String email, String hours, String channel) implements Serializable {
    }

    public record Contact(String name, String mobile, String email) implements Serializable {
    }

    public static ProfileContent empty() {
        return new ProfileContent(new Company(null, null, null, null, null), new CustomerService(null, null, null, null),
                new Contact(null, null, null));
    }

    /** Every field under its JSON path ({@code company.name} …), in form order; absent sections give nulls. */
    public Map<String, String> fields() {
        Company c = company == null ? new Company(null, null, null, null, null) : company;
        CustomerService s = customerService == null ? new CustomerService(null, null, null, null) : customerService;
        Contact p = contact == null ? new Contact(null, null, null) : contact;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("company.name", c.name());
        fields.put("company.registrationNumber", c.registrationNumber());
        fields.put("company.address", c.address());
        fields.put("company.website", c.website());
        fields.put("company.introduction", c.introduction());
        fields.put("customerService.hotline", s.hotline());
        fields.put("customerService.email", s.email());
        fields.put("customerService.hours", s.hours());
        fields.put("customerService.channel", s.channel());
        fields.put("contact.name", p.name());
        fields.put("contact.mobile", p.mobile());
        fields.put("contact.email", p.email());
        return fields;
    }

    public static ProfileContent fromFields(Map<String, String> f) {
        return new ProfileContent(
                new Company(f.get("company.name"), f.get("company.registrationNumber"), f.get("company.address"),
                        f.get("company.website"), f.get("company.introduction")),
                new CustomerService(f.get("customerService.hotline"), f.get("customerService.email"),
                        f.get("customerService.hours"), f.get("customerService.channel")),
                new Contact(f.get("contact.name"), f.get("contact.mobile"), f.get("contact.email")));
    }
}
