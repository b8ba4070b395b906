package com.cloudmarket.marketplace.api;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL for component tests: reads that check what the services stored, beside what they answered, and writes
 * that stand for another server of a deployment group.
 */
final class TestDatabase {

    private TestDatabase() {
    }

    /** The first column of every row. */
    static List<String> values(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
            return values;
        }
    }

    /** The first column of the first row, or null when there is no row. */
    static String single(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        List<String> values = values(dataSource, sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The rows changed. */
    static int update(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }
}
