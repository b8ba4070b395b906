package com.cloudmarket.marketplace.migration.infrastructure;

import com.cloudmarket.marketplace.migration.domain.ImportKind;
import com.cloudmarket.marketplace.product.domain.ProductContent;
import com.cloudmarket.marketplace.product.domain.ProductContentJson;
import com.cloudmarket.marketplace.product.domain.ProductType;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.sessions.DatabaseSession;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The import's plain JDBC on the application's data source: lookups of a chunk's references in one query each, blocks of
 * ids, and batched inserts, each chunk in a transaction of its own. Not JPA: a million orders as managed entities
 * would cost an entity, a change set and an id round trip each.
 */
@ApplicationScoped
public class ImportStore {

    /** Rows of one table for one chunk, inserted with one prepared statement in JDBC batches. */
    public record TableRows(String sql, List<Object[]> rows) {
    }

    /** A chunk's inserts failed; {@code duplicateKey} when a unique key refused a row (SQL state class 23). */
    public static class WriteFailed extends RuntimeException {
        private final boolean duplicateKey;

        WriteFailed(SQLException cause) {
            super(cause.getMessage(), cause);
            SQLException first = cause.getNextException() != null ? cause.getNextException() : cause;
            this.duplicateKey = state(cause).startsWith("23") || state(first).startsWith("23");
        }

        public boolean duplicateKey() {
            return duplicateKey;
        }

        private static String state(SQLException e) {
            return e.getSQLState() == null ? "" : e.getSQLState();
        }
    }

    public record AccountRef(long id, String displayName, Set<String> roles) {
    }

    public record ProductRef(long id, long providerAccountId, String providerName, ProductType type,
                             ProductContent live) {
    }

    private static final int JDBC_BATCH = 1000;

    @Resource(lookup = "jdbc/marketplace")
    private DataSource dataSource;

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    /**
     * Reserves {@code count} ids of an {@code id_sequence} row and answers the first. The same statements as
     * EclipseLink's table generator (add the block to {@code next_value}, read it back; the block is the values up to
     * it), committed at once, so the row's lock is held for microseconds and any generator, with any allocation size,
     * gets a block after or before this one, never inside it.
     */
    public long reserveIds(String sequence, int count) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE id_sequence SET next_value = next_value + ? WHERE name = ?");
                 PreparedStatement select = c.prepareStatement("SELECT next_value FROM id_sequence WHERE name = ?")) {
                update.setLong(1, count);
                update.setString(2, sequence);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("no id_sequence row " + sequence);
                }
                select.setString(1, sequence);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    long last = rs.getLong(1);
                    c.commit();
                    // ids the generator took before this block would come out below it, and newest-first lists
                    // would show an order bought after a migration behind the whole imported history
                    em.unwrap(DatabaseSession.class).getSequencingControl().initializePreallocated(sequence);
                    return last - count + 1;
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reserve ids of " + sequence, e);
        }
    }

    /** Which of these source keys of {@code kind} were imported before. */
    public Set<String> importedKeys(ImportKind kind, Collection<String> keys) {
        Set<String> found = new HashSet<>();
        query("SELECT external_id FROM import_key WHERE kind = ? AND external_id IN ", kind.name(), keys,
                rs -> found.add(rs.getString(1)));
        return found;
    }

    /** Accounts by login, with their roles. */
    public Map<String, AccountRef> accounts(Collection<String> logins) {
        Map<String, AccountRef> found = new HashMap<>();
        query("SELECT a.login, a.id, a.display_name, r.role FROM account a LEFT JOIN account_role r ON r.account_id = a.id "
                + "WHERE a.login IN ", null, logins, rs -> {
            AccountRef account = found.get(rs.getString(1));
            if (account == null) {
                account = new AccountRef(rs.getLong(2), rs.getString(3), new HashSet<>());
                found.put(rs.getString(1), account);
            }
            if (rs.getString(4) != null) {
                account.roles().add(rs.getString(4));
            }
        });
        return found;
    }

    /** Imported products by their source key, with the live content and the provider's name an order snapshots. */
    public Map<String, ProductRef> products(Collection<String> externalIds) {
        Map<String, ProductRef> found = new HashMap<>();
        query("SELECT k.external_id, p.id, p.provider_account_id, p.type, p.live_content, pr.company_name, a.display_name "
                + "FROM import_key k JOIN product p ON p.id = k.internal_id JOIN account a ON a.id = p.provider_account_id "
                + "LEFT JOIN provider pr ON pr.account_id = p.provider_account_id "
                + "WHERE k.kind = ? AND k.external_id IN ", ImportKind.PRODUCT.name(), externalIds, rs -> {
            String company = rs.getString(6);
            found.put(rs.getString(1), new ProductRef(rs.getLong(2), rs.getLong(3),
                    company != null ? company : rs.getString(7), ProductType.valueOf(rs.getString(4)),
                    ProductContentJson.parse(rs.getString(5))));
        });
        return found;
    }

    /** Inserts every table's rows, in the order given (parents first), as one transaction. */
    public void insert(List<TableRows> tables) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (TableRows table : tables) {
                    try (PreparedStatement statement = c.prepareStatement(table.sql())) {
                        int pending = 0;
                        for (Object[] row : table.rows()) {
                            for (int i = 0; i < row.length; i++) {
                                statement.setObject(i + 1, row[i] instanceof Instant at
                                        ? LocalDateTime.ofInstant(at, ZoneOffset.UTC) : row[i]);
                            }
                            statement.addBatch();
                            if (++pending == JDBC_BATCH) {
                                statement.executeBatch();
                                pending = 0;
                            }
                        }
                        if (pending > 0) {
                            statement.executeBatch();
                        }
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new WriteFailed(e);
        }
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** {@code sql} ends with {@code IN }; the optional first parameter precedes the keys. */
    private void query(String sql, String first, Collection<String> keys, RowReader reader) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> list = new ArrayList<>(keys);
        String marks = "?,".repeat(list.size());
        try (Connection c = dataSource.getConnection();
             PreparedStatement statement = c.prepareStatement(sql + "(" + marks.substring(0, marks.length() - 1) + ")")) {
            int index = 1;
            if (first != null) {
                statement.setString(index++, first);
            }
            for (String key : list) {
                statement.setString(index++, key);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import lookup failed", e);
        }
    }
}
