package com.cloudmarket.marketplace.shared.audit;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** An audit entry as operators read it. */
@JsonbNillable
public record AuditView(long id, OffsetDateTime at, long actorAccountId, String action, String subjectType,
                        String subjectId, Long providerAccountId, List<FieldChange> changes) implements Serializable {
}
