-- SMS now leave through an outbox: the event's consumer queues them in the same transaction as the inbox messages and
-- the webhook deliveries, and a dispatcher sends them afterwards, so an SMS gateway that is away holds up no other
-- channel. The SMS sent before this version stay, as sent. The gateway and the time are known only once an SMS is sent.
CREATE TABLE sms_outbox (
    id               BIGINT       NOT NULL PRIMARY KEY,
    event_id         CHAR(36)     NOT NULL,
    recipient_mobile VARCHAR(20)  NOT NULL,
    template_key     VARCHAR(100) NOT NULL,
    text             VARCHAR(500) NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    queued_at        DATETIME(6)  NOT NULL,
    attempts         INT          NOT NULL,
    next_attempt_at  DATETIME(6),
    last_error       VARCHAR(500),
    gateway          VARCHAR(32),
    sent_at          DATETIME(6),
    -- a redelivered event queues no second SMS
    CONSTRAINT uq_sms_outbox_event UNIQUE (event_id, recipient_mobile, template_key)
) ${tableOptions};

CREATE INDEX ix_sms_outbox_recipient ON sms_outbox (recipient_mobile, id);
CREATE INDEX ix_sms_outbox_due ON sms_outbox (status, next_attempt_at);

INSERT INTO sms_outbox (id, event_id, recipient_mobile, template_key, text, status, queued_at, attempts, gateway, sent_at)
SELECT id, event_id, recipient_mobile, template_key, text, 'SENT', sent_at, 1, gateway, sent_at FROM sms_message;

DROP TABLE sms_message;

-- Every channel's rows are unique per event (inbox messages, SMS, webhook deliveries), so those keys recognise a
-- redelivered event and the separate marks are not needed.
DROP TABLE consumed_event;
