package com.cloudmarket.marketplace.account.application;

/** An operator adding another operator; operators never sign themselves up. */
public record NewOperatorCommand(String login, String password, String displayName) {
}
