-- Reviews keep the field changes they decided on: after an approval the draft is live, so the difference can no longer
-- be computed. A JSON array of {field, before, after} (shared.audit.FieldChanges); null while the review is pending.
ALTER TABLE review ADD COLUMN changes TEXT;
