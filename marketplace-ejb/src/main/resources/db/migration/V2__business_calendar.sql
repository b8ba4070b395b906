-- The business-day calendar: dates whose working status differs from the weekday rule (public holidays, make-up
-- working days), loaded from the bundled holiday files and maintained by operators. One row per date; the unique
-- constraint is also the index the range reads (calendar_date BETWEEN ...) use.
-- ${tableOptions} gives MySQL/MariaDB tables utf8mb4; it is empty on H2.

INSERT INTO id_sequence (name, next_value) VALUES ('calendar_day', 0);

CREATE TABLE calendar_day (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    calendar_date DATE         NOT NULL,
    workday       BOOLEAN      NOT NULL,
    note          VARCHAR(100),
    updated_by    BIGINT,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_calendar_day_date UNIQUE (calendar_date),
    CONSTRAINT fk_calendar_day_account FOREIGN KEY (updated_by) REFERENCES account (id)
) ${tableOptions};
