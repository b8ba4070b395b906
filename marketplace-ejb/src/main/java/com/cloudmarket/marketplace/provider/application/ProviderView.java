package com.cloudmarket.marketplace.provider.application;

import jakarta.json.bind.annotation.JsonbNillable;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;

import java.io.Serializable;

/**
 * A provider as its own console shows it: the live profile (every field null before the first approval), onboarding,
 * the revision in review (or null) and the draft being edited (or null). {@code version} changes with any of them (the
 * draft included), so it is the ETag a draft edit names in If-Match.
 */
@JsonbNillable
public record ProviderView(long providerId, long accountId, ProfileContent profile, boolean profileLive,
                           OnboardingView onboarding, RevisionView pendingRevision, RevisionView draft,
                           long version)
        implements Serializable {
}
