package dev.steward.api.survey;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.Page;
import dev.steward.api.platform.Times;
import dev.steward.api.property.Projects;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Campaigns: DRAFT → OPEN → CLOSED, their audience and their single-use links. */
@Service
class SurveyCampaignService {

    record NewCampaign(UUID templateId, UUID projectId, String title, String opensAt, String closesAt, boolean anonymous,
            List<UUID> buildingIds) {}

    /** A campaign with its questions parsed. */
    record View(SurveyRepository.Campaign campaign, List<Question> questions) {}

    record Link(SurveyRepository.AudienceUnit unit, String token) {}

    private final SurveyRepository surveys;
    private final SurveyTemplateRepository templates;
    private final SurveyTemplateService templateService;
    private final SurveyTokens tokens;
    private final Projects projects;
    private final TransactionalOperator tx;
    private final Clock clock;

    SurveyCampaignService(SurveyRepository surveys, SurveyTemplateRepository templates, SurveyTemplateService templateService,
            SurveyTokens tokens, Projects projects, TransactionalOperator tx, Clock clock) {
        this.surveys = surveys;
        this.templates = templates;
        this.templateService = templateService;
        this.tokens = tokens;
        this.projects = projects;
        this.tx = tx;
        this.clock = clock;
    }

    Mono<Page<View>> list(Caller caller, UUID projectId, String status, Integer limit, String cursor) {
        SurveyRoles.requireReader(caller);
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        UUID[] projectIds = projectIds(caller, projectId);
        return Page.of(surveys.campaigns(projectIds, status, after == null ? null : Cursor.time(after.get(0)),
                        after == null ? null : Cursor.uuid(after.get(1)), size + 1), size,
                        c -> Cursor.encode(c.createdAt().toString(), c.id().toString()))
                .map(page -> page.map(this::view));
    }

    Mono<View> get(Caller caller, UUID id) {
        SurveyRoles.requireReader(caller);
        return visible(caller, id).map(this::view);
    }

    Mono<View> create(Caller caller, NewCampaign r) {
        caller.requireProject(r.projectId(), "project");
        SurveyRoles.requireManager(caller, "create survey campaigns");
        String title = required(r.title(), "title");
        OffsetDateTime opens = Times.required(r.opensAt(), "opensAt");
        OffsetDateTime closes = Times.required(r.closesAt(), "closesAt");
        if (!closes.isAfter(opens)) {
            throw ApiException.invalidField("closesAt", "must be after opensAt");
        }
        List<UUID> buildings = r.buildingIds() == null ? List.of() : r.buildingIds();
        OffsetDateTime now = now();
        Mono<Void> buildingCheck = Flux.fromIterable(buildings)
                .concatMap(b -> projects.hasBuilding(r.projectId(), b).filter(ok -> !ok)
                        .flatMap(x -> Mono.<Void>error(ApiException.invalidField("buildingIds", "no building " + b + " in this project"))))
                .then();
        return tx.transactional(buildingCheck.then(templates.find(r.templateId()))
                        .switchIfEmpty(Mono.error(() -> ApiException.invalidField("templateId", "no such survey template")))
                        .flatMap(t -> surveys.insertCampaign(r.projectId(), t.id(), t.currentVersion(), title, opens, closes, r.anonymous(),
                                buildings.toArray(UUID[]::new), caller.userId(), now))
                        .flatMap(id -> surveys.campaign(new UUID[] {r.projectId()}, id)))
                .map(this::view);
    }

    Mono<View> open(Caller caller, UUID id) {
        return transition(caller, id, "DRAFT", "OPEN", "open");
    }

    Mono<View> close(Caller caller, UUID id) {
        return transition(caller, id, "OPEN", "CLOSED", "close");
    }

    /**
     * What one "generate links" did, for the chosen buildings: the new links (their tokens exist only here), the live links
     * revoked to make way for them, the units whose live link was kept, and the units that had answered already.
     */
    record Invitations(List<Link> links, long replaced, long kept, long answered) {}

    /**
     * New links for the chosen buildings' units (all of the audience when none are chosen) that have neither a live link
     * nor an answer. Replacing revokes the chosen buildings' unanswered live links first, so every unanswered unit there
     * gets a new one and the old ones (printed, sent) stop working.
     */
    Mono<Invitations> invite(Caller caller, UUID id, Collection<UUID> buildingIds, boolean replace) {
        SurveyRoles.requireManager(caller, "invite survey audiences");
        List<UUID> chosen = buildingIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(buildingIds));
        OffsetDateTime now = now();
        return tx.transactional(visible(caller, id).flatMap(c -> {
            if ("CLOSED".equals(c.status())) {
                return Mono.error(ApiException.conflict("SURVEY_CLOSED", "The campaign is closed."));
            }
            UUID[] scope = chosen.toArray(UUID[]::new);
            Mono<Long> revoke = replace ? surveys.revokeUnanswered(c.id(), scope, now) : Mono.just(0L);
            // Read the audience whole first: in a transaction the next statement waits for this result to end.
            return requireAudienceBuildings(c, chosen).then(revoke).flatMap(replaced -> surveys.progress(c).collectList().flatMap(all -> {
                List<SurveyRepository.UnitProgress> progress = all.stream()
                        .filter(p -> chosen.isEmpty() || chosen.contains(p.unit().buildingId())).toList();
                long answered = progress.stream().filter(SurveyRepository.UnitProgress::answered).count();
                long kept = progress.stream().filter(p -> p.invited() && !p.answered()).count();
                List<Link> links = progress.stream().filter(p -> !p.invited() && !p.answered())
                        .map(p -> new Link(p.unit(), tokens.next())).toList();
                if (links.isEmpty()) {
                    return Mono.just(new Invitations(links, replaced, kept, answered));
                }
                return surveys.insertInvitations(c, links.stream().map(Link::unit).toList(),
                                links.stream().map(l -> SurveyTokens.hash(l.token())).toList(), now)
                        .collect(Collectors.toSet())
                        .map(created -> {
                            List<Link> made = links.stream().filter(l -> created.contains(l.unit().unitId())).toList();
                            // A unit that a simultaneous request gave a link meanwhile keeps that one.
                            return new Invitations(made, replaced, kept + links.size() - made.size(), answered);
                        });
            }));
        }));
    }

    /** Each chosen building must be one of the project's and, when the campaign names its buildings, one of those. */
    private Mono<Void> requireAudienceBuildings(SurveyRepository.Campaign c, List<UUID> chosen) {
        return Flux.fromIterable(chosen)
                .concatMap(b -> projects.hasBuilding(c.projectId(), b).flatMap(ok -> {
                    if (!ok) {
                        return Mono.error(ApiException.invalidField("buildingIds", "no building " + b + " in this project"));
                    }
                    if (!c.buildingIds().isEmpty() && !c.buildingIds().contains(b)) {
                        return Mono.error(ApiException.invalidField("buildingIds", "building " + b + " is not in this campaign's audience"));
                    }
                    return Mono.<Void>empty();
                }))
                .then();
    }

    /** The per-building counts of the whole audience and a page of its units (one building's, when given). */
    record Progress(List<SurveyRepository.BuildingProgress> buildings, Page<SurveyRepository.UnitProgress> units) {}

    Mono<Progress> progress(Caller caller, UUID id, UUID buildingId, Integer limit, String cursor) {
        SurveyRoles.requireReader(caller);
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        return visible(caller, id).flatMap(c -> surveys.buildingProgress(c).collectList().zipWith(
                Page.of(surveys.progress(c, buildingId, after == null ? null : after.get(0), after == null ? null : Cursor.uuid(after.get(1)),
                        size + 1), size, r -> Cursor.encode(r.sortKey(), r.progress().unit().unitId().toString()))
                        .map(page -> page.map(SurveyRepository.ProgressRow::progress)),
                Progress::new));
    }

    Mono<SurveyRepository.Campaign> visible(Caller caller, UUID id) {
        return surveys.campaign(caller.projectIdArray(), id).switchIfEmpty(Mono.error(() -> ApiException.notFound("survey campaign", id)));
    }

    View view(SurveyRepository.Campaign c) {
        return new View(c, templateService.parse(c.questions()));
    }

    private Mono<View> transition(Caller caller, UUID id, String from, String to, String verb) {
        SurveyRoles.requireManager(caller, verb + " survey campaigns");
        OffsetDateTime now = now();
        return visible(caller, id).flatMap(c -> surveys.transition(c.id(), from, to, now)
                        .flatMap(ok -> ok ? surveys.campaign(new UUID[] {c.projectId()}, c.id())
                                : Mono.error(ApiException.conflict("SURVEY_ILLEGAL_TRANSITION",
                                        "A " + c.status() + " campaign cannot be " + ("open".equals(verb) ? "opened" : "closed") + "."))))
                .map(this::view);
    }

    static UUID[] projectIds(Caller caller, UUID projectId) {
        if (projectId != null) {
            caller.requireProject(projectId, "project");
            return new UUID[] {projectId};
        }
        return caller.projectIdArray();
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalidField(field, "must not be blank");
        }
        return value.strip();
    }
}
