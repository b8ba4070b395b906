package com.cloudmarket.marketplace.shared.application;

import java.sql.SQLException;

/** Recognises a lost race on a unique key (SQLSTATE class 23) on every database we run on. */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    public static boolean violated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
