package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;

import java.net.http.HttpResponse;

/**
 * A provider account signed up over the API for one test, so state-changing tests never share the demo provider, and a
 * complete, valid profile to propose for it.
 */
record NewProvider(String login, String password, String mobile) {

    static final String PASSWORD = "Secret123";
    /** A valid unified social credit code (check character computed for 91310115MA1K4ABC1). */
    static final String REGISTRATION_NUMBER = registrationNumber("91310115MA1K4ABC1");

    static NewProvider signUp(MarketplaceHttp api) {
        String login = MarketplaceHttp.uniqueLogin("prov");
        return signUp(api, login, "云帆 " + login);
    }

    static NewProvider signUp(MarketplaceHttp api, String login, String displayName) {
        String mobile = MarketplaceHttp.uniqueMobile();
        api.signUp(login, displayName, mobile, "PROVIDER");
        return new NewProvider(login, PASSWORD, mobile);
    }

    String token(MarketplaceHttp api) {
        return api.token(login, password);
    }

    /** Drafts and submits a full profile with this company name; returns the id of the review that opens. */
    long submitProfile(MarketplaceHttp api, String companyName) {
        String token = token(api);
        HttpResponse<String> draft = api.put("/api/v1/provider/profile/draft",
                profileJson(companyName, MarketplaceHttp.uniqueMobile()), token);
        HttpResponse<String> submitted = api.post("/api/v1/provider/profile/draft/submit", "", token);
        if (draft.statusCode() != 200 || submitted.statusCode() != 202) {
            throw new AssertionError("profile of " + login + ": " + draft.body() + " / " + submitted.body());
        }
        return MarketplaceHttp.json(submitted.body()).getJsonNumber("reviewId").longValue();
    }

    static String profileJson(String companyName, String contactMobile) {
        return Json.createObjectBuilder()
                .add("company", Json.createObjectBuilder().add("name", companyName).add("registrationNumber", REGISTRATION_NUMBER)
                        .add("address", "上海市浦东新区张江路 100 号").add("website", "https://yunfan.example.com")
                        .add("introduction", "云上运维与数据迁移"))
                .add("customerService", Json.createObjectBuilder().add("hotline", "400-800-1234")
                        .add("email", "service@yunfan.example.com").add("hours", "工作日 9:00-18:00"))
                .add("contact", Json.createObjectBuilder().add("name", "李娜").add("mobile", contactMobile)
                        .add("email", "lina@yunfan.example.com"))
                .build().toString();
    }

    /** GB 32100-2015 check character, computed here independently of the application's code. */
    private static String registrationNumber(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return first17 + alphabet.charAt(check == 31 ? 0 : check);
    }
}
