package com.cloudmarket.marketplace.migration.domain;

/** What an import file holds; the name is the {@code kind} of its records in {@code import_key}. */
public enum ImportKind {
    PROVIDER("login"), CUSTOMER("login"), PRODUCT("externalId"), ORDER("externalId");

    private final String keyField;

    ImportKind(String keyField) {
        this.keyField = keyField;
    }

    /** The member of a line that holds the source system's key of the record. */
    public String keyField() {
        return keyField;
    }
}
