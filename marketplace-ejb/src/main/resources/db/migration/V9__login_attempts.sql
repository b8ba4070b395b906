-- Failed (and in-progress) login attempts, for the login throttle: counted per login and per client address within a
-- sliding window, deleted when the login succeeds, purged once older than the window. In the database so the limits
-- hold across the servers of a cluster and across restarts. ${tableOptions} gives MySQL/MariaDB tables utf8mb4.

INSERT INTO id_sequence (name, next_value) VALUES ('login_attempt', 0);

CREATE TABLE login_attempt (
    id              BIGINT       NOT NULL PRIMARY KEY,
    login_key       VARCHAR(64)  NOT NULL,
    client_address  VARCHAR(45)  NOT NULL,
    attempted_at    DATETIME(6)  NOT NULL
) ${tableOptions};

-- The two counts (a login's, an address's failures in the window) and the purge by age.
CREATE INDEX ix_login_attempt_login ON login_attempt (login_key, attempted_at);
CREATE INDEX ix_login_attempt_address ON login_attempt (client_address, attempted_at);
CREATE INDEX ix_login_attempt_time ON login_attempt (attempted_at);
