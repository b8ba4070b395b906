package com.cloudmarket.marketplace.product.infrastructure;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema migration that fills product data which only Java can compute alike on H2 and MySQL (name grams, the
 * content's summary), a {@link #CHUNK} of products at a time so that a large catalog never sits in memory at once.
 * No checksum: its code, not a script, is the migration.
 */
public abstract class ProductBackfill implements JavaMigration {

    protected static final int CHUNK = 1000;

    private final MigrationVersion version;
    private final String description;

    protected ProductBackfill(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
