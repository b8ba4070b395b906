package com.cloudmarket.marketplace.provider.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The profile's columns, shared by the live profile of a provider and by each revision. */
@Embeddable
public class ProfileFields {

    @Column(name = "company_name", length = 100)
    private String companyName;
    @Column(name = "registration_number", length = 18)
    private String registrationNumber;
    @Column(name = "company_address", length = 200)
    private String companyAddress;
    @Column(name = "website", length = 200)
    private String website;
    @Column(name = "introduction", length = 2000)
    private String introduction;
    @Column(name = "hotline", length = 30)
    private String hotline;
    @Column(name = "service_email", length = 254)
    private String serviceEmail;
    @Column(name = "service_hours", length = 100)
    private String serviceHours;
    @Column(name = "service_channel", length = 200)
    private String serviceChannel;
    @Column(name = "contact_name", length = 50)
    private String contactName;
    @Column(name = "contact_mobile", length = 20)
    private String contactMobile;
    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    protected ProfileFields() {
    }

    public static ProfileFields of(ProfileContent p) {
        ProfileFields f = new ProfileFields();
        f.companyName = p.company().name();
        f.registrationNumber = p.company().registrationNumber();
        f.companyAddress = p.company().address();
        f.website = p.company().website();
        f.introduction = p.company().introduction();
        f.hotline = p.customerService().hotline();
        f.serviceEmail = p.customerService().email();
        f.serviceHours = p.customerService().hours();
        f.serviceChannel = p.customerService().channel();
        f.contactName = p.contact().name();
        f.contactMobile = p.contact().mobile();
        f.contactEmail = p.contact().email();
        return f;
    }

    public ProfileContent content() {
        return new ProfileContent(
                new ProfileContent.Company(companyName, registrationNumber, companyAddress, website, introduction),
                new ProfileContent.CustomerService(hotline, serviceEmail, serviceHours, serviceChannel),
                new ProfileContent.Contact(contactName, contactMobile, contactEmail));
    }
}
