package com.cloudmarket.marketplace.web.provider;

import com.cloudmarket.marketplace.provider.application.RevisionView;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileSectionsTest {

    private static final ProfileContent LIVE = content("Live Co");
    private static final ProfileContent DRAFT = content("Draft Co");
    private static final ProfileContent PENDING = content("Pending Co");

    @Test
    void elementIdsReplaceTheDotOfTheJsonPath() {
        assertEquals("company-name", ProfileSections.inputId("company.name"));
        assertEquals("customerService-hotline", ProfileSections.inputId("customerService.hotline"));
        Map<String, String> ids = ProfileSections.inputIds();
        assertEquals(12, ids.size());
        assertEquals("contact-mobile", ids.get("contact.mobile"));
        assertEquals(List.copyOf(ProfileContent.empty().fields().keySet()), List.copyOf(ids.keySet()), "form order");
    }

    @Test
    void theThreeSectionsHoldTheirFieldsInFormOrder() {
        List<ProfileSections.Section> sections = ProfileSections.of(LIVE);
        assertEquals(List.of("company", "customerService", "contact"), sections.stream().map(ProfileSections.Section::key).toList());
        assertEquals(List.of("company.name", "company.registrationNumber", "company.address", "company.website",
                "company.introduction"), sections.get(0).fields().stream().map(ProfileSections.Field::path).toList());
        assertEquals("Live Co", sections.get(0).fields().get(0).value());
        assertEquals("profile.section.customerService", sections.get(1).labelKey());
        assertEquals("profile.field.contact.mobile", sections.get(2).fields().get(1).labelKey());
        assertEquals("contact-mobile", sections.get(2).fields().get(1).inputId());
        assertEquals(4, sections.get(1).fields().size());
        assertEquals(3, sections.get(2).fields().size());
    }

    @Test
    void noProfileGivesEmptyFields() {
        assertTrue(ProfileSections.of(null).stream().flatMap(s -> s.fields().stream()).allMatch(f -> f.value() == null));
        assertTrue(ProfileSections.of(new ProfileContent(null, null, null)).stream()
                .flatMap(s -> s.fields().stream()).allMatch(f -> f.value() == null));
    }

    @Test
    void theFormStartsFromTheRevisionInReviewElseTheDraftElseTheLiveProfile() {
        assertEquals("Pending Co", ProfileSections.formValues(revision("PENDING", PENDING), null, LIVE).get("company.name"));
        assertEquals("Draft Co", ProfileSections.formValues(null, revision("DRAFT", DRAFT), LIVE).get("company.name"));
        assertEquals("Live Co", ProfileSections.formValues(null, null, LIVE).get("company.name"));
        Map<String, String> empty = ProfileSections.formValues(null, null, null);
        assertEquals(12, empty.size());
        assertNull(empty.get("company.name"));
        empty.put("company.name", "typed"); // the form writes into it
        assertEquals("typed", empty.get("company.name"));
    }

    @Test
    void theLastRejectionIsTheNewestDecidedRevisionOnlyIfItWasRejected() {
        RevisionView rejected = revision("REJECTED", DRAFT);
        RevisionView approved = revision("APPROVED", DRAFT);
        assertEquals(Optional.of(rejected), ProfileSections.lastRejection(List.of(revision("DRAFT", DRAFT), rejected, approved)));
        assertEquals(Optional.of(rejected), ProfileSections.lastRejection(List.of(revision("PENDING", DRAFT), rejected)));
        assertEquals(Optional.empty(), ProfileSections.lastRejection(List.of(approved, rejected)));
        assertEquals(Optional.empty(), ProfileSections.lastRejection(List.of(revision("DRAFT", DRAFT))));
        assertEquals(Optional.empty(), ProfileSections.lastRejection(List.of()));
    }

    @Test
    void everyStatusHasATagSeverity() {
        assertEquals("info", ProfileSections.severity("DRAFT"));
        assertEquals("warning", ProfileSections.severity("PENDING"));
        assertEquals("success", ProfileSections.severity("APPROVED"));
        assertEquals("danger", ProfileSections.severity("REJECTED"));
        assertEquals("info", ProfileSections.severity(null));
    }

    @Test
    void theEditFormHasAnInputAndAMessageForEveryField() throws IOException {
        String page = Files.readString(Path.of("src/main/webapp/provider/profile-edit.xhtml"), StandardCharsets.UTF_8);
        ProfileSections.inputIds().forEach((path, id) -> {
            assertTrue(page.contains("id=\"" + id + "\" value=\"#{profileEdit.fields['" + path + "']}\""), id);
            assertTrue(page.contains("id=\"" + id + "-message\" for=\"" + id + "\""), id + "-message");
        });
    }

    static RevisionView revision(String status, ProfileContent content) {
        OffsetDateTime t = OffsetDateTime.parse("2026-03-02T02:00:00Z");
        boolean decided = status.equals("APPROVED") || status.equals("REJECTED");
        return new RevisionView(status.hashCode(), status, content, t, t, status.equals("DRAFT") ? null : 7L,
                status.equals("DRAFT") ? null : t, status.equals("DRAFT") ? null : t.plusDays(3), decided ? t.plusDays(1) : null,
                status.equals("REJECTED") ? "unclear licence" : null);
    }

    private static ProfileContent content(String companyName) {
        return new ProfileContent(new ProfileContent.Company(companyName, "91310115MA1K4ABC1X", "Shanghai", null, null),
                new ProfileContent.CustomerService("400-800-1234", "s@example.com", "9-18", null),
                new ProfileContent.Contact("Li Na", "13800000001", null));
    }
}
