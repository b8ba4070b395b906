package com.cloudmarket.marketplace.api;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/** The persistence unit's shared cache, for tests that start from a cache as it is after a restart. */
@Stateless
public class SharedCache {

    @PersistenceUnit(unitName = "marketplace")
    private EntityManagerFactory factory;

    public void evict(Class<?> entity) {
        factory.getCache().evict(entity);
    }

    public boolean holds(Class<?> entity, Object id) {
        return factory.getCache().contains(entity, id);
    }
}
