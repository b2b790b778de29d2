package dev.steward.api.quality;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import dev.steward.api.platform.Times;
import dev.steward.api.property.Projects;
import dev.steward.api.quality.QualityModel.Figure;
import dev.steward.api.quality.QualityModel.Group;
import dev.steward.api.quality.QualityModel.Inputs;
import dev.steward.api.quality.QualityModel.Overview;
import dev.steward.api.workorder.WorkOrderFigures.GroupBy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The quality picture's overview: every figure per group for a period, with the previous period of equal length (for
 * months: the month before), the project's targets and drill-downs. Readers: MANAGER, ADMIN, QUALITY_SUPERVISOR and
 * INTEGRATION.
 */
@Service
class QualityService {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    static final Duration LONGEST_PERIOD = Duration.ofDays(3 * 366);
    static final Role[] READERS = {Role.ADMIN, Role.MANAGER, Role.QUALITY_SUPERVISOR, Role.INTEGRATION};

    private final QualitySources sources;
    private final QualityRepository repo;
    private final Projects projects;
    private final Clock clock;

    QualityService(QualitySources sources, QualityRepository repo, Projects projects, Clock clock) {
        this.sources = sources;
        this.repo = repo;
        this.projects = projects;
        this.clock = clock;
    }

    OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static GroupBy groupBy(String value) {
        if (value == null) {
            return GroupBy.PROJECT;
        }
        try {
            return GroupBy.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("groupBy", "is not one of project, building, month, assignee");
        }
    }

    /** The projects asked for (each must be the caller's: else 404), or all the caller's. */
    static UUID[] projectIds(Caller caller, List<UUID> asked) {
        caller.requireRole("read the quality picture", READERS);
        if (asked == null || asked.isEmpty()) {
            return caller.projectIdArray();
        }
        if (asked.stream().anyMatch(java.util.Objects::isNull)) {
            throw ApiException.invalidField("projectId", "must be a UUID");
        }
        asked.forEach(p -> caller.requireProject(p, "project"));
        return new LinkedHashSet<>(asked).toArray(UUID[]::new);
    }

    Mono<Overview> overview(Caller caller, List<UUID> projectIds, String fromText, String toText, String groupByText) {
        UUID[] ids = projectIds(caller, projectIds);
        GroupBy by = groupBy(groupByText);
        OffsetDateTime now = now();
        OffsetDateTime parsedTo = Times.parse(toText, "to");
        OffsetDateTime to = parsedTo == null ? now : parsedTo;
        OffsetDateTime parsedFrom = Times.parse(fromText, "from");
        OffsetDateTime from = parsedFrom == null ? to.minus(DEFAULT_PERIOD) : parsedFrom;
        if (!from.isBefore(to)) {
            throw ApiException.invalidField("from", "must be before to");
        }
        if (Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
            throw ApiException.invalidField("from", "the period is at most 3 years");
        }
        return overview(ids, from, to, now, by).map(groups -> new Overview(from, to, by.name().toLowerCase(Locale.ROOT), groups));
    }

    /** The groups of [from, to); shared with the trend and the warnings. */
    Mono<List<Group>> overview(UUID[] ids, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now, GroupBy by) {
        if (ids.length == 0) {
            return Mono.just(List.of());
        }
        // The two periods and the targets are read at once, each on a connection of its own: on two cores that halves the
        // time of a portfolio or a 12-month trend (bench/quality-10m.sh), for three connections a request instead of one.
        return projects.summaries(List.of(ids)).collectMap(Projects.Summary::id).flatMap(summaries -> Mono.zip(
                        sources.read(ids, summaries, from, to, now, by, true),
                        sources.read(ids, summaries, previousFrom(from, to, by, summaries), from, now, by, false),
                        repo.targets(ids).collectMap(QualityRepository.Targets::projectId))
                .flatMap(t -> labels(t.getT1(), summaries, by)
                        .map(labels -> groups(t.getT1(), t.getT2(), t.getT3(), summaries, labels, from, to, now, by))));
    }

    /**
     * Where the previous period starts: as long before {@code from} as the period is long; per month only the month
     * before the first (the one thing a monthly series compares with), in the earliest of the projects' zones — a
     * 12-month trend then reads 13 months, not 24.
     */
    static OffsetDateTime previousFrom(OffsetDateTime from, OffsetDateTime to, GroupBy by, Map<UUID, Projects.Summary> summaries) {
        OffsetDateTime equalLength = from.minus(Duration.between(from, to));
        if (by != GroupBy.MONTH) {
            return equalLength;
        }
        OffsetDateTime earliest = from;
        for (Projects.Summary p : summaries.values()) {
            ZoneId zone = ZoneId.of(p.timezone());
            OffsetDateTime monthBefore = YearMonth.from(from.atZoneSameInstant(zone)).minusMonths(1).atDay(1).atStartOfDay(zone)
                    .toOffsetDateTime();
            earliest = monthBefore.isBefore(earliest) ? monthBefore : earliest;
        }
        return earliest.isAfter(equalLength) ? earliest : equalLength;
    }

    private List<Group> groups(Map<String, Inputs> current, Map<String, Inputs> previous, Map<UUID, QualityRepository.Targets> targets,
            Map<UUID, Projects.Summary> summaries, Map<String, String> labels, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now,
            GroupBy by) {
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, Inputs> e : current.entrySet()) {
            UUID projectId = UUID.fromString(e.getKey().substring(0, 36));
            String key = e.getKey().substring(37);
            Inputs before;
            OffsetDateTime groupFrom = from;
            OffsetDateTime groupTo = to;
            if (by == GroupBy.MONTH) {
                YearMonth month = YearMonth.parse(key);
                ZoneId zone = ZoneId.of(summaries.get(projectId).timezone());
                String prior = QualitySources.id(projectId, month.minusMonths(1).toString());
                before = current.containsKey(prior) ? current.get(prior) : previous.get(prior);
                groupFrom = max(from, month.atDay(1).atStartOfDay(zone).toOffsetDateTime());
                groupTo = min(to, month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime());
            } else {
                before = previous.get(e.getKey());
            }
            Inputs in = e.getValue();
            String campaign = in.campaigns.size() == 1 ? in.campaigns.get(0).campaignId().toString() : null;
            QualityFigures.Drill drill = drill(projectId, key, by, groupFrom, groupTo, campaign, by == GroupBy.MONTH ? null : now);
            List<Figure> figures = QualityFigures.figures(in, before == null ? new Inputs() : before, targets.get(projectId), drill);
            out.add(new Group(projectId, key, labels.getOrDefault(key, key), figures));
        }
        out.sort(Comparator.comparing((Group g) -> summaries.get(g.projectId()).code()).thenComparing(g -> "none".equals(g.key()))
                .thenComparing(Group::label).thenComparing(Group::key));
        return out;
    }

    /** A group's drill-downs; {@code now} the time of the open-complaint snapshot (null: none for this group). */
    static QualityFigures.Drill drill(UUID projectId, String key, GroupBy by, OffsetDateTime from, OffsetDateTime to, String campaign,
            OffsetDateTime now) {
        Map<String, String> base = new LinkedHashMap<>();
        base.put("projectId", projectId.toString());
        Map<String, String> orders = new LinkedHashMap<>(base);
        orders.put("createdFrom", from.toString());
        orders.put("createdTo", to.toString());
        String building = by == GroupBy.BUILDING && !"none".equals(key) ? key : null;
        String assignee = by == GroupBy.ASSIGNEE && !"none".equals(key) ? key : null;
        if (building != null) {
            orders.put("buildingId", building);
        }
        if (assignee != null) {
            orders.put("assigneeId", assignee);
        }
        // The "none" group: orders about no unit (common areas), or with no assignee.
        String none = !"none".equals(key) ? null : by == GroupBy.BUILDING ? "withoutUnit" : by == GroupBy.ASSIGNEE ? "unassigned" : null;
        if (none != null) {
            orders.put(none, "true");
        }
        return new QualityFigures.Drill(orders, base, from.toString(), to.toString(), building, assignee, none, campaign, now);
    }

    private Mono<Map<String, String>> labels(Map<String, Inputs> groups, Map<UUID, Projects.Summary> summaries, GroupBy by) {
        Map<String, String> labels = new LinkedHashMap<>();
        summaries.values().forEach(p -> labels.put(p.id().toString(), p.name()));
        if (by != GroupBy.BUILDING && by != GroupBy.ASSIGNEE) {
            return Mono.just(labels);
        }
        Set<UUID> ids = new LinkedHashSet<>();
        groups.keySet().stream().map(k -> k.substring(37)).filter(k -> !"none".equals(k)).forEach(k -> ids.add(UUID.fromString(k)));
        return repo.names(ids.toArray(UUID[]::new)).collectList().map(names -> {
            names.forEach(n -> labels.put(n.id(), n.label()));
            return labels;
        });
    }

    private static OffsetDateTime max(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
