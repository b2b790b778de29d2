package dev.steward.api.inspection;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A published, immutable rubric version, with lookups from a check point to its item and section. */
record TemplateVersion(UUID id, UUID templateId, int number, Rubric rubric, UUID publishedBy, OffsetDateTime publishedAt,
        Map<UUID, Place> places) {

    /** Where a check point sits in the rubric. */
    record Place(Rubric.Section section, Rubric.Item item, Rubric.CheckPoint checkPoint) {}

    static TemplateVersion of(UUID id, UUID templateId, int number, Rubric rubric, UUID publishedBy, OffsetDateTime publishedAt) {
        Map<UUID, Place> places = new HashMap<>();
        for (Rubric.Section s : rubric.sections()) {
            for (Rubric.Item i : s.items()) {
                for (Rubric.CheckPoint c : i.checkPoints()) {
                    places.put(c.id(), new Place(s, i, c));
                }
            }
        }
        return new TemplateVersion(id, templateId, number, rubric, publishedBy, publishedAt, Map.copyOf(places));
    }

    Place place(UUID checkPointId) {
        return places.get(checkPointId);
    }
}
