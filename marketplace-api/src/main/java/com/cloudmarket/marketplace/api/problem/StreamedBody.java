package com.cloudmarket.marketplace.api.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that reads its body as a stream and enforces its own size limit (a migration file of hundreds of
 * megabytes), so {@link BodyLimit}'s 256 KiB does not apply to it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StreamedBody {
}
