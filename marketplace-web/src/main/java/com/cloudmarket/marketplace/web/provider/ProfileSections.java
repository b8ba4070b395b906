package com.cloudmarket.marketplace.web.provider;

import com.cloudmarket.marketplace.provider.application.RevisionView;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The profile's three sections as the provider pages lay them out. Fields are named by the API's JSON paths
 * ({@code company.name}); their element ids replace the dot by a hyphen ({@code company-name}), because a dot in an id
 * needs escaping in every CSS selector and jQuery call.
 */
public final class ProfileSections {

    /** Section keys ({@code profile.section.<key>}) in page order. */
    public static final List<String> SECTIONS = List.of("company", "customerService", "contact");

    private ProfileSections() {
    }

    /** One section of a profile with its fields' values, for read-only display. */
    public record Section(String key, List<Field> fields) implements Serializable {

        public String labelKey() {
            return "profile.section." + key;
        }
    }

    /** One field of a profile with its value (null when empty). */
    public record Field(String path, String value) implements Serializable {

        public String inputId() {
            return ProfileSections.inputId(path);
        }

        public String labelKey() {
            return "profile.field." + path;
        }
    }

    /** The element id of a field: {@code company.name} → {@code company-name}. */
    public static String inputId(String path) {
        return path.replace('.', '-');
    }

    /** The profile's fields grouped by section, in the order of {@link ProfileContent#fields()}. */
    public static List<Section> of(ProfileContent profile) {
        Map<String, String> fields = (profile == null ? ProfileContent.empty() : profile).fields();
        List<Section> sections = new ArrayList<>();
        for (String section : SECTIONS) {
            sections.add(new Section(section, fields.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(section + "."))
                    .map(e -> new Field(e.getKey(), e.getValue()))
                    .toList()));
        }
        return List.copyOf(sections);
    }

    /** Every field path to its input id: what {@code FacesFeedback.invalidInput} needs to put errors next to inputs. */
    public static Map<String, String> inputIds() {
        return ProfileContent.empty().fields().keySet().stream()
                .collect(Collectors.toMap(Function.identity(), ProfileSections::inputId, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * What the edit form starts from: the revision in review (shown read-only), else the draft, else the live profile.
     * Values are editable copies; a missing section gives empty fields.
     */
    public static Map<String, String> formValues(RevisionView pending, RevisionView draft, ProfileContent live) {
        ProfileContent source = pending != null ? pending.profile() : draft != null ? draft.profile() : live;
        return new LinkedHashMap<>((source == null ? ProfileContent.empty() : source).fields());
    }

    /**
     * The latest decided revision if it was rejected. Revisions come newest first and at most one is open (a draft or
     * one in review), so the first decided one in the list is the latest.
     */
    public static Optional<RevisionView> lastRejection(List<RevisionView> newestFirst) {
        return newestFirst.stream()
                .filter(r -> "APPROVED".equals(r.status()) || "REJECTED".equals(r.status()))
                .findFirst()
                .filter(r -> "REJECTED".equals(r.status()));
    }

    /** The PrimeFaces tag severity of a revision status. */
    public static String severity(String status) {
        return switch (status == null ? "" : status) {
            case "PENDING" -> "warning";
            case "APPROVED" -> "success";
            case "REJECTED" -> "danger";
            default -> "info";
        };
    }
}
