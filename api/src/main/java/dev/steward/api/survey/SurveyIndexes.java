package dev.steward.api.survey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Campaigns' satisfaction indices for the quality picture, scored by {@link SurveyScoring} exactly as the results page
 * scores them (overall and per building of the responses).
 */
@Component
public class SurveyIndexes {

    private static final TypeReference<Map<String, JsonNode>> ANSWERS = new TypeReference<>() {};

    /** A dimension's index (the results page's, 0–100) and how many rating answers it rests on; by dimension name. */
    public record DimensionIndex(String dimension, Double index, int answers) {}

    /** The dimensions' names (CUSTOMER_SERVICE, ENGINEERING, …) in the results page's order. */
    public static final List<String> DIMENSIONS = java.util.Arrays.stream(SurveyScoring.Dimension.values()).map(Enum::name).toList();

    /** One building's index in a campaign, its dimensions, and how many responses it rests on. */
    public record BuildingIndex(UUID buildingId, Double index, int responses, List<DimensionIndex> dimensions) {}

    public record CampaignIndex(UUID campaignId, UUID projectId, String title, OffsetDateTime opensAt, OffsetDateTime closesAt, String status,
            Double index, Double nps, int responses, List<BuildingIndex> buildings, List<DimensionIndex> dimensions) {}

    private record Row(UUID id, UUID projectId, String title, OffsetDateTime opensAt, OffsetDateTime closesAt, String status, String questions,
            OffsetDateTime closedAt) {}

    /**
     * A closed campaign's responses never change (CLOSED is final, responses are never edited or removed, and no answer
     * is taken once it is closed): its index is scored once. Only a minute after the close, so that an answer whose
     * transaction began before the close is in.
     */
    private static final Duration SETTLED = Duration.ofMinutes(1);

    private final Cache<UUID, CampaignIndex> closed = Caffeine.newBuilder().maximumSize(5_000).build();

    private final DatabaseClient db;
    private final SurveyRepository surveys;
    private final SurveyTemplateService templates;
    private final JsonMapper json;
    private final Clock clock;

    SurveyIndexes(DatabaseClient db, SurveyRepository surveys, SurveyTemplateService templates, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.surveys = surveys;
        this.templates = templates;
        this.json = json;
    }

    /** The campaigns (opened or closed, not drafts) that opened in [from, to), oldest first. */
    public Flux<CampaignIndex> openedIn(UUID[] projectIds, OffsetDateTime from, OffsetDateTime to) {
        return scored(db.sql(SELECT + " where c.project_id = any($1) and c.status <> 'DRAFT' and c.opens_at >= $2 and c.opens_at < $3"
                        + " order by c.opens_at, c.id")
                .bind(0, projectIds).bind(1, from).bind(2, to).map(SurveyIndexes::row).all());
    }

    /** The project's latest {@code count} closed campaigns, latest first. */
    public Flux<CampaignIndex> lastClosed(UUID projectId, int count) {
        return scored(db.sql(SELECT + " where c.project_id = $1 and c.status = 'CLOSED' order by c.opens_at desc, c.id desc limit $2")
                .bind(0, projectId).bind(1, count).map(SurveyIndexes::row).all());
    }

    private static final String SELECT = """
            select c.id, c.project_id, c.title, c.opens_at, c.closes_at, c.status, v.questions::text as questions, c.closed_at
            from survey_campaigns c
            join survey_template_versions v on v.template_id = c.template_id and v.version = c.template_version""";

    private static Row row(io.r2dbc.spi.Readable r) {
        return new Row(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("title", String.class),
                r.get("opens_at", OffsetDateTime.class), r.get("closes_at", OffsetDateTime.class), r.get("status", String.class),
                r.get("questions", String.class), r.get("closed_at", OffsetDateTime.class));
    }

    private Flux<CampaignIndex> scored(Flux<Row> rows) {
        return rows.collectList().flatMapMany(list -> Flux.fromIterable(list)
                .concatMap(c -> {
                    CampaignIndex known = closed.getIfPresent(c.id());
                    if (known != null) {
                        return Mono.just(known);
                    }
                    return surveys.responses(c.id()).collectList().map(stored -> {
                        CampaignIndex scored = score(c, stored);
                        if ("CLOSED".equals(c.status()) && c.closedAt() != null
                                && c.closedAt().isBefore(OffsetDateTime.now(clock).minus(SETTLED))) {
                            closed.put(c.id(), scored);
                        }
                        return scored;
                    });
                }));
    }

    private CampaignIndex score(Row c, List<SurveyRepository.StoredResponse> stored) {
        List<Question> questions = templates.parse(c.questions());
        List<SurveyScoring.Response> all = stored.stream()
                .map(r -> new SurveyScoring.Response(json.readValue(r.answers(), ANSWERS), r.buildingId())).toList();
        Map<UUID, List<SurveyScoring.Response>> byBuilding = new LinkedHashMap<>();
        all.forEach(r -> byBuilding.computeIfAbsent(r.buildingId(), b -> new ArrayList<>()).add(r));
        List<BuildingIndex> buildings = new ArrayList<>();
        byBuilding.forEach((b, rs) -> {
            SurveyScoring.Scores bs = SurveyScoring.scores(questions, rs);
            buildings.add(new BuildingIndex(b, bs.index(), rs.size(), dimensions(bs)));
        });
        SurveyScoring.Scores s = SurveyScoring.scores(questions, all);
        return new CampaignIndex(c.id(), c.projectId(), c.title(), c.opensAt(), c.closesAt(), c.status(), s.index(), s.nps().score(),
                all.size(), buildings, dimensions(s));
    }

    private static List<DimensionIndex> dimensions(SurveyScoring.Scores s) {
        return s.dimensions().stream().map(d -> new DimensionIndex(d.dimension().name(), d.index(), d.answerCount())).toList();
    }
}
