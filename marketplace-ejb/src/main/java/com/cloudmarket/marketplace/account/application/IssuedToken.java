package com.cloudmarket.marketplace.account.application;

import java.time.OffsetDateTime;

/** A bearer token, shown to its owner once; the server keeps only its hash. */
public record IssuedToken(String token, OffsetDateTime expiresAt) {
}
