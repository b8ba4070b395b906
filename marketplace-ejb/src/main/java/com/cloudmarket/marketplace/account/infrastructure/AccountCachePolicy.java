package com.cloudmarket.marketplace.account.infrastructure;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.CachePolicy;
import org.eclipse.persistence.descriptors.ClassDescriptor;

/**
 * Lets an account read inside a transaction that already holds a row lock enter the shared cache. EclipseLink's
 * default keeps what such a transaction reads out of that cache, and a transition locks its order before it looks up
 * the customer or provider it notifies: a counterpart not otherwise read since the start was read from the database
 * at every transition, two statements of seven, for ever. Accounts are never written by bulk statements, so nothing
 * a transaction has not committed can reach the cache this way.
 */
public class AccountCachePolicy implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        descriptor.getCachePolicy().setUnitOfWorkCacheIsolationLevel(CachePolicy.USE_SESSION_CACHE_AFTER_TRANSACTION);
    }
}
