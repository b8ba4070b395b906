package com.cloudmarket.marketplace.shared.domain;

/**
 * The caller changed a version of something that is no longer the current one (an If-Match, or the version a form was
 * loaded with): the API answers 412, the consoles ask to reload.
 */
public class StaleVersionException extends ConflictException {

    public StaleVersionException() {
        super("error.concurrentModification");
    }
}
