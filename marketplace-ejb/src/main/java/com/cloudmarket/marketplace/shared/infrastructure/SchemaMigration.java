package com.cloudmarket.marketplace.shared.infrastructure;

import com.cloudmarket.marketplace.product.infrastructure.FourCharacterNameGrams;
import com.cloudmarket.marketplace.product.infrastructure.StorefrontSearchBackfill;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema to the version this build expects before anything else touches the database.
 * Flyway commits per migration itself, hence no container transaction around it.
 */
@Singleton
@Startup
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/marketplace")
    private DataSource dataSource;

    /** On the method: Payara ignores a class-level attribute for a singleton's PostConstruct. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        boolean mysql;
        try (Connection connection = dataSource.getConnection()) {
            mysql = isMysql(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the marketplace database to migrate it", e);
        }
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders(mysql))
                .javaMigrations(new StorefrontSearchBackfill(), new FourCharacterNameGrams(mysql))
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied) on " + result.database);
    }

    /**
     * MySQL tables need an explicit character set: a server default of latin1 would mangle Chinese text. Their text
     * compares without case and accents, except where a migration asks for text compared as stored.
     */
    private static Map<String, String> placeholders(boolean mysql) {
        return Map.of("tableOptions", mysql ? "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci" : "",
                "binaryTableOptions", mysql ? "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" : "");
    }

    /** MySQL or MariaDB (through Connector/J), rather than H2: the migrations' one difference of dialect. */
    public static boolean isMysql(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }
}
