package com.cloudmarket.marketplace.webhook.domain;

/**
 * What a receiver did with one POST: the status code it answered, or why there was no answer (timeout, refused
 * connection, a target address not allowed). Only a 2xx counts as delivered.
 */
public record AttemptResult(Integer statusCode, String error, long durationMillis) {

    static final int MAX_ERROR = 300;

    public AttemptResult {
        if (error != null && error.length() > MAX_ERROR) {
            error = error.substring(0, MAX_ERROR);
        }
    }

    public static AttemptResult answered(int statusCode, long durationMillis) {
        return new AttemptResult(statusCode, statusCode >= 200 && statusCode < 300 ? null : "HTTP " + statusCode,
                durationMillis);
    }

    public static AttemptResult failed(String error, long durationMillis) {
        return new AttemptResult(null, error, durationMillis);
    }

    public boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
