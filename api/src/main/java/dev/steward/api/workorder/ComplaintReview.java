package dev.steward.api.workorder;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** 投诉每日盘点: a project's open complaints by age, oldest first in each bucket. */
record ComplaintReview(UUID projectId, OffsetDateTime asOf, long total, List<Bucket> buckets) {

    /** Age buckets: [0, 1 day), [1, 3 days), [3, 7 days), 7 days and more. */
    enum Age {
        LESS_THAN_1_DAY(0), DAYS_1_TO_3(1), DAYS_3_TO_7(3), MORE_THAN_7_DAYS(7);

        final int fromDays;

        Age(int fromDays) {
            this.fromDays = fromDays;
        }

        static Age of(long ageMinutes) {
            Age found = LESS_THAN_1_DAY;
            for (Age a : values()) {
                if (ageMinutes >= a.fromDays * 24L * 60) {
                    found = a;
                }
            }
            return found;
        }
    }

    record Bucket(Age age, List<Item> items) {}

    record Item(UUID id, String code, String title, String unitLabel, String location, String status, String priority,
            UUID firstResponsibleId, String firstResponsibleName, UUID assigneeId, String assigneeName, OffsetDateTime createdAt,
            long ageMinutes, boolean overdue, LastNote lastNote) {}

    /** The newest timeline entry with a note: a comment, a hold reason, an assignment note… */
    record LastNote(OffsetDateTime at, String type, UUID actorId, String actorName, String note) {}
}
