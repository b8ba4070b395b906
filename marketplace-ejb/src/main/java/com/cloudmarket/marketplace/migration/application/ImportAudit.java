package com.cloudmarket.marketplace.migration.application;

import com.cloudmarket.marketplace.migration.domain.ImportKind;
import com.cloudmarket.marketplace.shared.audit.AuditTrail;
import com.cloudmarket.marketplace.shared.audit.FieldChange;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Puts each import run that wrote (completed, or stopped part-way) in the audit trail: who imported what kind, how many
 * records were stored and skipped, of how many lines, in how long. Its own transaction: the chunks committed on theirs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportAudit {

    public static final String SUBJECT = "IMPORT";
    public static final String COMPLETED = "IMPORT_COMPLETED";
    public static final String INTERRUPTED = "IMPORT_INTERRUPTED";

    @Inject
    private AuditTrail audit;

    public void record(long operatorAccountId, ImportKind kind, boolean completed, long imported, long skipped,
                       long lines, long millis) {
        audit.record(operatorAccountId, completed ? COMPLETED : INTERRUPTED, SUBJECT, kind.name(), null, List.of(
                new FieldChange("imported", null, Long.toString(imported)),
                new FieldChange("skipped", null, Long.toString(skipped)),
                new FieldChange("lines", null, Long.toString(lines)),
                new FieldChange("millis", null, Long.toString(millis))));
    }
}
