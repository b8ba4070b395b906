package com.cloudmarket.marketplace.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.LinkedHashMap;
import java.util.Map;

/** The provider's profile form (provider/profile-edit.xhtml): inputs named by JSON path with '.' → '-'. */
final class ProfileEditPage {

    private ProfileEditPage() {
    }

    /** Every input of the form with a value, valid apart from whatever mobile and e-mail the caller passes. */
    static Map<String, String> form(String company, String mobile, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("company-name", company);
        form.put("company-registrationNumber", NewProvider.REGISTRATION_NUMBER);
        form.put("company-address", "上海市浦东新区张江路 100 号");
        form.put("company-website", "https://console-e2e.example.com");
        form.put("company-introduction", "云上运维与数据迁移\n七天二十四小时服务");
        form.put("customerService-hotline", "400-800-1234");
        form.put("customerService-email", "service@console-e2e.example.com");
        form.put("customerService-hours", "工作日 9:00-18:00");
        form.put("customerService-channel", "https://console-e2e.example.com/chat");
        form.put("contact-name", "李娜");
        form.put("contact-mobile", mobile);
        form.put("contact-email", email);
        return form;
    }

    static void fill(WebDriver page, Map<String, String> values) {
        values.forEach((id, value) -> {
            WebElement input = page.findElement(By.id(id));
            input.clear();
            input.sendKeys(value);
        });
    }
}
