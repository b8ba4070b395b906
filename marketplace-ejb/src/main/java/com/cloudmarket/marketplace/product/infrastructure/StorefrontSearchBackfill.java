package com.cloudmarket.marketplace.product.infrastructure;

import com.cloudmarket.marketplace.product.domain.NameSearch;
import com.cloudmarket.marketplace.product.domain.ProductContentJson;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Migration 13: fills V12's name grams (up to three characters) and summary for the products that were there before
 * it. The grams and the summary come out of Java ({@link NameSearch}, the content's JSON), which neither database's
 * SQL can compute alike. Fills only what is missing: a product written by this version already has both.
 */
public class StorefrontSearchBackfill extends ProductBackfill {

    /** V12's column holds grams of up to three characters; V14 widens it and adds the longer ones. */
    private static final int V12_LONGEST_GRAM = 3;

    public StorefrontSearchBackfill() {
        super("13", "storefront search backfill");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT p.id, p.name_search, CASE WHEN p.summary IS NULL THEN p.live_content END, "
                        + "(SELECT COUNT(*) FROM product_name_gram g WHERE g.product_id = p.id) "
                        + "FROM product p WHERE p.id > ? ORDER BY p.id LIMIT " + CHUNK);
             PreparedStatement gram = connection.prepareStatement(
                     "INSERT INTO product_name_gram (product_id, gram) VALUES (?, ?)");
             PreparedStatement summary = connection.prepareStatement("UPDATE product SET summary = ? WHERE id = ?")) {
            long after = 0;
            int rows;
            do {
                read.setLong(1, after);
                rows = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        after = rs.getLong(1);
                        if (rs.getLong(4) == 0) {
                            for (String each : NameSearch.grams(rs.getString(2), V12_LONGEST_GRAM)) {
                                gram.setLong(1, after);
                                gram.setString(2, each);
                                gram.addBatch();
                            }
                        }
                        String live = rs.getString(3);
                        if (live != null) {
                            summary.setString(1, ProductContentJson.parse(live).summary());
                            summary.setLong(2, after);
                            summary.addBatch();
                        }
                    }
                }
                gram.executeBatch();
                summary.executeBatch();
            } while (rows == CHUNK);
        }
    }
}
