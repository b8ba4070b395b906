package com.cloudmarket.marketplace.account.application;

/** A provider or customer signing up; {@code role} is PROVIDER or CUSTOMER, {@code language} zh-CN (default) or en. */
public record SignUpCommand(String login, String password, String displayName, String mobile, String email, String role,
                            String language) {
}
