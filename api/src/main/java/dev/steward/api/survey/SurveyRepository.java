package dev.steward.api.survey;

import dev.steward.api.platform.Sql;
import dev.steward.api.platform.Where;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Campaigns, their invitations (links) and responses. Every query is bounded by project or campaign. The comments
 * taken from responses are {@link SurveyCommentRepository}.
 */
@Repository
class SurveyRepository {

    record Campaign(UUID id, UUID projectId, UUID templateId, int templateVersion, String templateName, String title,
            OffsetDateTime opensAt, OffsetDateTime closesAt, String status, boolean anonymous, List<UUID> buildingIds,
            int invitationCount, int responseCount, String questions, OffsetDateTime createdAt, OffsetDateTime openedAt,
            OffsetDateTime closedAt, long version) {}

    record AudienceUnit(UUID unitId, String unitLabel, UUID buildingId, String buildingName) {}

    record UnitProgress(AudienceUnit unit, boolean invited, boolean answered, OffsetDateTime answeredAt, String channel) {}

    /**
     * A link as the public side finds it: its campaign, whether its unit answered (by any channel), whether the link was
     * replaced by a newer one (revoked), project and unit names.
     */
    record Invitation(UUID id, UUID campaignId, UUID projectId, UUID unitId, UUID buildingId, OffsetDateTime answeredAt,
            OffsetDateTime revokedAt, String projectName, String unitLabel) {}

    record StoredResponse(UUID id, UUID buildingId, UUID unitId, String channel, String answers, OffsetDateTime createdAt) {}

    private static final String CAMPAIGN = """
            select c.*, v.name as template_name, v.questions::text as questions,
                   (select count(*) from survey_invitations i where i.campaign_id = c.id and i.revoked_at is null) as invitation_count,
                   (select count(*) from survey_responses r where r.campaign_id = c.id) as response_count
            from survey_campaigns c
            join survey_template_versions v on v.template_id = c.template_id and v.version = c.template_version
            """;

    private final DatabaseClient db;

    SurveyRepository(DatabaseClient db) {
        this.db = db;
    }

    // Campaigns

    Mono<Campaign> campaign(UUID[] projectIds, UUID id) {
        return db.sql(CAMPAIGN + " where c.project_id = any($1) and c.id = $2").bind(0, projectIds).bind(1, id)
                .map(SurveyRepository::toCampaign).one();
    }

    Flux<Campaign> campaigns(UUID[] projectIds, String status, OffsetDateTime afterAt, UUID afterId, int fetch) {
        Where where = new Where();
        where.and("c.project_id = any($?)", (Object) projectIds);
        where.andIf(status, "c.status = $?");
        if (afterAt != null) {
            where.and("(c.created_at, c.id) < ($?, $?)", afterAt, afterId);
        }
        String limit = where.param(fetch);
        return where.bind(db.sql(CAMPAIGN + " where " + where.sql() + " order by c.created_at desc, c.id desc limit " + limit))
                .map(SurveyRepository::toCampaign).all();
    }

    /** The project's latest campaign closed before this one opened (for the trend), if any. */
    Mono<Campaign> previousClosed(Campaign c) {
        return db.sql(CAMPAIGN + """
                         where c.project_id = $1 and c.id <> $2 and c.status = 'CLOSED' and c.opens_at < $3
                         order by c.opens_at desc, c.id desc limit 1
                        """)
                .bind(0, c.projectId()).bind(1, c.id()).bind(2, c.opensAt()).map(SurveyRepository::toCampaign).one();
    }

    Mono<UUID> insertCampaign(UUID projectId, UUID templateId, int templateVersion, String title, OffsetDateTime opensAt,
            OffsetDateTime closesAt, boolean anonymous, UUID[] buildingIds, UUID by, OffsetDateTime at) {
        return db.sql("""
                        insert into survey_campaigns (project_id, template_id, template_version, title, opens_at, closes_at, anonymous,
                                                      building_ids, created_by, created_at)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id
                        """)
                .bind(0, projectId).bind(1, templateId).bind(2, templateVersion).bind(3, title).bind(4, opensAt).bind(5, closesAt)
                .bind(6, anonymous).bind(7, buildingIds).bind(8, by).bind(9, at)
                .map((r, m) -> r.get("id", UUID.class)).one();
    }

    /** Moves the campaign from {@code from} to {@code to}; false when it is no longer in {@code from}. */
    Mono<Boolean> transition(UUID id, String from, String to, OffsetDateTime at) {
        String stamp = "OPEN".equals(to) ? ", opened_at = $3" : ", closed_at = $3";
        return db.sql("update survey_campaigns set status = $4, version = version + 1" + stamp + " where id = $1 and status = $2")
                .bind(0, id).bind(1, from).bind(2, at).bind(3, to).fetch().rowsUpdated().map(n -> n == 1);
    }

    // Invitations

    /** The campaign's audience: occupied units of the project, or of the chosen buildings, in unit order. */
    Flux<AudienceUnit> audience(Campaign c) {
        return db.sql("""
                        select u.id, u.label, b.id as building_id, b.name as building_name
                        from units u join buildings b on b.id = u.building_id
                        where u.project_id = $1 and u.status = 'OCCUPIED' and (cardinality($2::uuid[]) = 0 or u.building_id = any($2))
                        order by u.sort_key, u.id
                        """)
                .bind(0, c.projectId()).bind(1, c.buildingIds().toArray(UUID[]::new))
                .map(r -> new AudienceUnit(r.get("id", UUID.class), r.get("label", String.class), r.get("building_id", UUID.class),
                        r.get("building_name", String.class)))
                .all();
    }

    /** Every audience unit with whether it has a live link and whether (when, how) it answered. */
    Flux<UnitProgress> progress(Campaign c) {
        return progress(c, null, null, null, null).map(ProgressRow::progress);
    }

    /** A unit of the progress with its place in unit order (the page's cursor). */
    record ProgressRow(UnitProgress progress, String sortKey) {}

    /** A page of it in unit order: after ({@code afterKey}, {@code afterId}), of one building when given; all when {@code fetch} is null. */
    Flux<ProgressRow> progress(Campaign c, UUID buildingId, String afterKey, UUID afterId, Integer fetch) {
        Where where = new Where();
        where.and("u.project_id = $?", c.projectId());
        where.and("u.status = 'OCCUPIED'");
        where.and("(cardinality($?::uuid[]) = 0 or u.building_id = any($?))", c.buildingIds().toArray(UUID[]::new),
                c.buildingIds().toArray(UUID[]::new));
        where.andIf(buildingId, "u.building_id = $?");
        if (afterKey != null) {
            where.and("(u.sort_key, u.id) > ($?, $?)", afterKey, afterId);
        }
        String campaign = where.param(c.id());
        String limit = fetch == null ? "" : " limit " + where.param(fetch);
        return where.bind(db.sql("""
                        select u.id, u.label, u.sort_key, b.id as building_id, b.name as building_name, i.id is not null as invited,
                               a.answered_at, a.channel
                        from units u join buildings b on b.id = u.building_id
                        left join survey_invitations i on i.campaign_id = %1$s and i.unit_id = u.id and i.revoked_at is null
                        left join survey_answered_units a on a.campaign_id = %1$s and a.unit_id = u.id
                        where %2$s
                        order by u.sort_key, u.id%3$s
                        """.formatted(campaign, where.sql(), limit)))
                .map(r -> new ProgressRow(new UnitProgress(new AudienceUnit(r.get("id", UUID.class), r.get("label", String.class),
                        r.get("building_id", UUID.class), r.get("building_name", String.class)),
                        Boolean.TRUE.equals(r.get("invited", Boolean.class)), r.get("answered_at", OffsetDateTime.class) != null,
                        r.get("answered_at", OffsetDateTime.class), r.get("channel", String.class)), r.get("sort_key", String.class)))
                .all();
    }

    /** Per building of the audience (in unit order): its units, how many have a live link, how many answered. */
    record BuildingProgress(UUID buildingId, String buildingName, int audience, int invited, int answered) {}

    Flux<BuildingProgress> buildingProgress(Campaign c) {
        return db.sql("""
                        select b.id, b.name, count(*) as audience,
                               count(*) filter (where exists (select 1 from survey_invitations i where i.campaign_id = $3
                                                              and i.unit_id = u.id and i.revoked_at is null)) as invited,
                               count(*) filter (where exists (select 1 from survey_answered_units a where a.campaign_id = $3
                                                              and a.unit_id = u.id)) as answered
                        from units u join buildings b on b.id = u.building_id
                        where u.project_id = $1 and u.status = 'OCCUPIED' and (cardinality($2::uuid[]) = 0 or u.building_id = any($2))
                        group by b.id, b.name
                        order by min(u.sort_key), b.id
                        """)
                .bind(0, c.projectId()).bind(1, c.buildingIds().toArray(UUID[]::new)).bind(2, c.id())
                .map(r -> new BuildingProgress(r.get("id", UUID.class), r.get("name", String.class), r.get("audience", Long.class).intValue(),
                        r.get("invited", Long.class).intValue(), r.get("answered", Long.class).intValue()))
                .all();
    }

    /** Revokes the live links of units that have not answered, in these buildings (all when none), before replacing them. */
    Mono<Long> revokeUnanswered(UUID campaignId, UUID[] buildingIds, OffsetDateTime at) {
        return db.sql("""
                        update survey_invitations i set revoked_at = $2
                        where i.campaign_id = $1 and i.revoked_at is null and i.answered_at is null
                          and (cardinality($3::uuid[]) = 0 or i.building_id = any($3))
                          and not exists (select 1 from survey_answered_units a where a.campaign_id = i.campaign_id and a.unit_id = i.unit_id)
                        """)
                .bind(0, campaignId).bind(1, at).bind(2, buildingIds).fetch().rowsUpdated();
    }

    /**
     * New live links, one statement for the whole batch; returns the units that got one (a unit that gained a live
     * link meanwhile, through a simultaneous request, is left out).
     */
    Flux<UUID> insertInvitations(Campaign c, List<AudienceUnit> units, List<byte[]> tokenHashes, OffsetDateTime at) {
        return db.sql("""
                        insert into survey_invitations (campaign_id, project_id, unit_id, building_id, token_hash, created_at)
                        select $1, $2, t.unit_id, t.building_id, decode(t.token_hash, 'hex'), $3
                        from unnest($4::uuid[], $5::uuid[], $6::text[]) as t(unit_id, building_id, token_hash)
                        on conflict (campaign_id, unit_id) where revoked_at is null do nothing
                        returning unit_id
                        """)
                .bind(0, c.id()).bind(1, c.projectId()).bind(2, at)
                .bind(3, units.stream().map(AudienceUnit::unitId).toArray(UUID[]::new))
                .bind(4, units.stream().map(AudienceUnit::buildingId).toArray(UUID[]::new))
                .bind(5, tokenHashes.stream().map(HexFormat.of()::formatHex).toArray(String[]::new))
                .map((r, m) -> r.get("unit_id", UUID.class)).all();
    }

    Mono<Invitation> invitation(byte[] tokenHash) {
        return db.sql("""
                        select i.id, i.campaign_id, i.project_id, i.unit_id, i.building_id,
                               coalesce(i.answered_at, a.answered_at) as answered_at, i.revoked_at,
                               p.name as project_name, u.label as unit_label
                        from survey_invitations i join projects p on p.id = i.project_id join units u on u.id = i.unit_id
                        left join survey_answered_units a on a.campaign_id = i.campaign_id and a.unit_id = i.unit_id
                        where i.token_hash = $1
                        """)
                .bind(0, tokenHash)
                .map(r -> new Invitation(r.get("id", UUID.class), r.get("campaign_id", UUID.class), r.get("project_id", UUID.class),
                        r.get("unit_id", UUID.class), r.get("building_id", UUID.class), r.get("answered_at", OffsetDateTime.class),
                        r.get("revoked_at", OffsetDateTime.class), r.get("project_name", String.class), r.get("unit_label", String.class)))
                .one();
    }

    Mono<Campaign> campaignById(UUID id) {
        return db.sql(CAMPAIGN + " where c.id = $1").bind(0, id).map(SurveyRepository::toCampaign).one();
    }

    /** Uses the link up; false when it was used already (of simultaneous answers exactly one gets true). */
    Mono<Boolean> markAnswered(UUID invitationId, OffsetDateTime at) {
        return db.sql("update survey_invitations set answered_at = $2 where id = $1 and answered_at is null and revoked_at is null")
                .bind(0, invitationId).bind(1, at).fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Records that the unit answered; false when it had already (a unit answers once per campaign). */
    Mono<Boolean> markUnitAnswered(UUID campaignId, UUID unitId, String channel, OffsetDateTime at) {
        return db.sql("""
                        insert into survey_answered_units (campaign_id, unit_id, channel, answered_at) values ($1, $2, $3, $4)
                        on conflict do nothing
                        """)
                .bind(0, campaignId).bind(1, unitId).bind(2, channel).bind(3, at).fetch().rowsUpdated().map(n -> n == 1);
    }

    // Responses

    Mono<UUID> insertResponse(Campaign c, UUID invitationId, UUID unitId, UUID buildingId, String channel, String answers,
            String language, UUID enteredBy, OffsetDateTime at) {
        GenericExecuteSpec spec = db.sql("""
                        insert into survey_responses (campaign_id, project_id, invitation_id, unit_id, building_id, channel, answers,
                                                      language, entered_by, created_at)
                        values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10) returning id
                        """)
                .bind(0, c.id()).bind(1, c.projectId());
        spec = Sql.bindNullable(spec, 2, invitationId, UUID.class);
        spec = Sql.bindNullable(spec, 3, c.anonymous() ? null : unitId, UUID.class);
        spec = spec.bind(4, buildingId).bind(5, channel).bind(6, answers);
        spec = Sql.bindNullable(spec, 7, language, String.class);
        spec = Sql.bindNullable(spec, 8, enteredBy, UUID.class);
        return spec.bind(9, at).map((r, m) -> r.get("id", UUID.class)).one();
    }

    Flux<StoredResponse> responses(UUID campaignId) {
        return db.sql("""
                        select id, building_id, unit_id, channel, answers::text as answers, created_at
                        from survey_responses where campaign_id = $1 order by created_at, id
                        """)
                .bind(0, campaignId)
                .map(r -> new StoredResponse(r.get("id", UUID.class), r.get("building_id", UUID.class), r.get("unit_id", UUID.class),
                        r.get("channel", String.class), r.get("answers", String.class), r.get("created_at", OffsetDateTime.class)))
                .all();
    }

    private static Campaign toCampaign(Readable r) {
        UUID[] buildings = r.get("building_ids", UUID[].class);
        return new Campaign(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("template_id", UUID.class),
                r.get("template_version", Integer.class), r.get("template_name", String.class), r.get("title", String.class),
                r.get("opens_at", OffsetDateTime.class), r.get("closes_at", OffsetDateTime.class), r.get("status", String.class),
                Boolean.TRUE.equals(r.get("anonymous", Boolean.class)), buildings == null ? List.of() : Arrays.asList(buildings),
                r.get("invitation_count", Long.class).intValue(), r.get("response_count", Long.class).intValue(),
                r.get("questions", String.class), r.get("created_at", OffsetDateTime.class), r.get("opened_at", OffsetDateTime.class),
                r.get("closed_at", OffsetDateTime.class), r.get("version", Long.class));
    }


}
