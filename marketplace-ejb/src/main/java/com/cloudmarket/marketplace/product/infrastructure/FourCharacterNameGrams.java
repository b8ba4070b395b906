package com.cloudmarket.marketplace.product.infrastructure;

import com.cloudmarket.marketplace.product.domain.NameSearch;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Migration 14: names are also indexed by their runs of four characters ({@link NameSearch#LONGEST}). A query for a
 * numbered name ("4242") was driven by its rarest three-character gram, which a numbered series of a hundred thousand
 * names holds three hundred times; its four-character gram is held about twenty times. Widens the gram column (four
 * characters outside the basic plane are eight UTF-16 units, which is what H2 counts) and adds to each product the
 * grams it lacks. Adding only what is missing makes a second run, or a product written by this version, cost nothing.
 */
public class FourCharacterNameGrams extends ProductBackfill {

    private final boolean mysql;

    public FourCharacterNameGrams(boolean mysql) {
        super("14", "four character name grams");
        this.mysql = mysql;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement widen = connection.createStatement()) {
            // MODIFY keeps the table's binary collation (V12); H2 changes the type alone
            widen.executeUpdate(mysql ? "ALTER TABLE product_name_gram MODIFY COLUMN gram VARCHAR(8) NOT NULL"
                    : "ALTER TABLE product_name_gram ALTER COLUMN gram SET DATA TYPE VARCHAR(8)");
        }
        try (PreparedStatement products = connection.prepareStatement(
                "SELECT id, name_search FROM product WHERE id > ? ORDER BY id LIMIT " + CHUNK);
             PreparedStatement indexed = connection.prepareStatement(
                     "SELECT product_id, gram FROM product_name_gram WHERE product_id > ? AND product_id <= ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO product_name_gram (product_id, gram) VALUES (?, ?)")) {
            long after = 0;
            int rows;
            do {
                Map<Long, String> names = new HashMap<>();
                long last = after;
                products.setLong(1, after);
                try (ResultSet rs = products.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        names.put(last, rs.getString(2));
                    }
                }
                rows = names.size();
                Map<Long, Set<String>> held = new HashMap<>();
                indexed.setLong(1, after);
                indexed.setLong(2, last);
                try (ResultSet rs = indexed.executeQuery()) {
                    while (rs.next()) {
                        held.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
                    }
                }
                for (Map.Entry<Long, String> product : names.entrySet()) {
                    Set<String> has = held.getOrDefault(product.getKey(), Set.of());
                    for (String gram : NameSearch.grams(product.getValue())) {
                        if (!has.contains(gram)) {
                            insert.setLong(1, product.getKey());
                            insert.setString(2, gram);
                            insert.addBatch();
                        }
                    }
                }
                insert.executeBatch();
                after = last;
            } while (rows == CHUNK);
        }
    }
}
