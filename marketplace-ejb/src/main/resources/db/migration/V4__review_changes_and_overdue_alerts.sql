-- Reviews keep the field changes they decided on: after an approval the draft is live, so the difference can no longer
-- be computed. A JSON array of {field, before, after} (shared.audit.FieldChanges); null while the review is pending.
ALTER TABLE review ADD COLUMN changes TEXT;

-- When the operators were alerted that a pending review passed its due time; null until then, set exactly once.
ALTER TABLE review ADD COLUMN overdue_alerted_at DATETIME(6);

-- The overdue scan: pending, not yet alerted, due before now, oldest first.
CREATE INDEX ix_review_overdue_scan ON review (status, overdue_alerted_at, due_at, id);
