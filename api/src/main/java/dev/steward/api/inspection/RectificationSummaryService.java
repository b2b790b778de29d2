package dev.steward.api.inspection;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Times;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * 整改率 and 及时率 of the rectifications raised in a period: rectification rate = closed / raised; on-time rate = those
 * closed at the first re-inspection with the work done by the original deadline / those due (closed, or past their
 * original deadline). Rates are fractions with four decimals, absent when their denominator is 0.
 */
@Service
class RectificationSummaryService {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(90);

    record Counts(long raised, long closed, long open, long awaiting, long overdue, long due, long onTime, BigDecimal rate,
            BigDecimal onTimeRate) {}

    record Named(String key, Rubric.Text name, Counts counts) {}

    record Summary(UUID projectId, OffsetDateTime from, OffsetDateTime to, Counts totals, List<Named> bySection, List<Named> byOwner) {}

    private final RectificationStats stats;
    private final Clock clock;

    RectificationSummaryService(RectificationStats stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    Mono<Summary> summary(Caller caller, UUID projectId, String fromText, String toText) {
        OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        OffsetDateTime to = toText == null ? now : Times.required(toText, "to");
        OffsetDateTime from = fromText == null ? to.minus(DEFAULT_PERIOD) : Times.required(fromText, "from");
        if (!from.isBefore(to)) {
            throw ApiException.invalidField("from", "must be before to");
        }
        UUID[] projects = InspectionRoles.scope(caller, projectId);
        return stats.groups(projects, from.withOffsetSameInstant(ZoneOffset.UTC), to.withOffsetSameInstant(ZoneOffset.UTC), now).collectList()
                .map(groups -> {
                    Counts totals = new Counts(0, 0, 0, 0, 0, 0, 0, null, null);
                    List<Named> sections = new ArrayList<>();
                    List<Named> owners = new ArrayList<>();
                    for (RectificationStats.Group g : groups) {
                        Counts c = counts(g);
                        switch (g.kind()) {
                            case "T" -> totals = c;
                            case "S" -> sections.add(new Named(g.key(), new Rubric.Text(g.nameZh(), g.nameEn()), c));
                            default -> owners.add(new Named(g.key(), new Rubric.Text(g.nameZh(), g.nameZh()), c));
                        }
                    }
                    return new Summary(projectId, from, to, totals, sections, owners);
                });
    }

    static Counts counts(RectificationStats.Group g) {
        return new Counts(g.raised(), g.closed(), g.open(), g.awaiting(), g.overdue(), g.due(), g.onTime(), rate(g.closed(), g.raised()),
                rate(g.onTime(), g.due()));
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
