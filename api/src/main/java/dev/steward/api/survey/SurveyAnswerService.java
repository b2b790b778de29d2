package dev.steward.api.survey;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.SharedRateLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers: residents through their single-use link (no login), staff typing in paper and phone answers. Both are
 * validated against the campaign's questions, use the link and the unit up exactly once, and feed the opinion library
 * (every written answer, and every rating of 1–2 without one) in the same transaction.
 */
@Service
class SurveyAnswerService {

    /** Ratings at or below this are low (1–2 of 5) and go to the opinion library. */
    static final int LOW_RATING = 2;

    record PublicView(SurveyRepository.Campaign campaign, List<Question> questions, String projectName, String unitLabel) {}

    record Receipt(UUID id, OffsetDateTime receivedAt) {}

    private final SurveyRepository surveys;
    private final SurveyCommentRepository commentRepo;
    private final SurveyCampaignService campaigns;
    private final SurveyTemplateService templates;
    private final SharedRateLimits limits;
    private final TransactionalOperator tx;
    private final JsonMapper json;
    private final Clock clock;
    private final long perAddress;
    private final long perLink;
    private final Duration window;

    SurveyAnswerService(SurveyRepository surveys, SurveyCommentRepository comments, SurveyCampaignService campaigns,
            SurveyTemplateService templates,
            SharedRateLimits limits, TransactionalOperator tx, JsonMapper json, Clock clock,
            @Value("${steward.rate-limit.survey-per-address}") long perAddress,
            @Value("${steward.rate-limit.survey-per-link}") long perLink,
            @Value("${steward.rate-limit.survey-window}") Duration window) {
        this.surveys = surveys;
        this.commentRepo = comments;
        this.campaigns = campaigns;
        this.templates = templates;
        this.limits = limits;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
        this.perAddress = perAddress;
        this.perLink = perLink;
        this.window = window;
    }

    /** The questionnaire behind a link, or why it cannot be answered. */
    Mono<PublicView> open(String token, String address) {
        return throttle(token, address).then(Mono.defer(() -> openLink(token)));
    }

    private Mono<PublicView> openLink(String token) {
        OffsetDateTime now = now();
        return link(token).flatMap(i -> surveys.campaignById(i.campaignId()).map(c -> {
            requireAnswerable(c, now);
            if (i.answeredAt() != null) {
                throw alreadyAnswered();
            }
            requireCurrent(i);
            return new PublicView(c, templates.parse(c.questions()), i.projectName(), c.anonymous() ? null : i.unitLabel());
        }));
    }

    Mono<Receipt> submit(String token, String address, List<SurveyQuestions.Answer> answers, String language) {
        return throttle(token, address).then(Mono.defer(() -> save(token, answers, language)));
    }

    private Mono<Receipt> save(String token, List<SurveyQuestions.Answer> answers, String language) {
        OffsetDateTime now = now();
        return tx.transactional(link(token).flatMap(i -> surveys.campaignById(i.campaignId()).flatMap(c -> {
            requireAnswerable(c, now);
            if (i.answeredAt() != null) {
                return Mono.error(alreadyAnswered());
            }
            requireCurrent(i);
            Map<String, JsonNode> valid = SurveyQuestions.validateAnswers(templates.parse(c.questions()), answers);
            return surveys.markAnswered(i.id(), now)
                    .flatMap(first -> first ? surveys.markUnitAnswered(c.id(), i.unitId(), "LINK", now) : Mono.just(false))
                    .flatMap(first -> first ? record(c, i.id(), i.unitId(), i.buildingId(), "LINK", valid, language, null, now)
                            : Mono.error(alreadyAnswered()));
        })));
    }

    /** A paper or phone answer typed in by staff for one audience unit. */
    Mono<Receipt> enter(Caller caller, UUID campaignId, UUID unitId, String channel, List<SurveyQuestions.Answer> answers) {
        SurveyRoles.requireFrontDesk(caller, "enter survey responses");
        OffsetDateTime now = now();
        return tx.transactional(campaigns.visible(caller, campaignId).flatMap(c -> {
            if ("CLOSED".equals(c.status())) {
                return Mono.error(closed());
            }
            Map<String, JsonNode> valid = SurveyQuestions.validateAnswers(templates.parse(c.questions()), answers);
            return surveys.audience(c).filter(u -> u.unitId().equals(unitId)).next()
                    .switchIfEmpty(Mono.error(() -> ApiException.invalidField("unitId", "is not in this campaign's audience")))
                    .flatMap(u -> surveys.markUnitAnswered(c.id(), unitId, channel, now)
                            .flatMap(first -> first ? record(c, null, unitId, u.buildingId(), channel, valid, null, caller.userId(), now)
                                    : Mono.error(alreadyAnswered())));
        }));
    }

    private Mono<Receipt> record(SurveyRepository.Campaign c, UUID invitationId, UUID unitId, UUID buildingId, String channel,
            Map<String, JsonNode> answers, String language, UUID enteredBy, OffsetDateTime now) {
        List<Question> questions = templates.parse(c.questions());
        return surveys.insertResponse(c, invitationId, unitId, buildingId, channel, json.writeValueAsString(answers), language, enteredBy, now)
                .flatMap(id -> Flux.fromIterable(comments(questions, answers))
                        .concatMap(m -> commentRepo.insert(c, id, m.questionId(), m.dimension(), m.kind(), m.text(), m.score(),
                                buildingId, unitId, now))
                        .then(Mono.just(new Receipt(id, now))));
    }

    record NewComment(String questionId, String dimension, String kind, String text, Integer score) {}

    /**
     * What an answer adds to the opinion library: each written answer (with the rating it explains, for a {@code showIf}
     * follow-up), and each rating of 1–2 that no written answer explains.
     */
    static List<NewComment> comments(List<Question> questions, Map<String, JsonNode> answers) {
        Map<String, Question> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        Set<String> explained = new HashSet<>();
        List<NewComment> out = new ArrayList<>();
        for (Question q : questions) {
            JsonNode v = answers.get(q.id());
            if (v == null || !"TEXT".equals(q.type())) {
                continue;
            }
            Question rated = q.showIf() == null ? null : byId.get(q.showIf().questionId());
            JsonNode score = rated == null ? null : answers.get(rated.id());
            if (rated != null) {
                explained.add(rated.id());
            }
            String dimension = q.dimension() != null ? q.dimension() : rated == null ? null : rated.dimension();
            out.add(new NewComment(q.id(), dimension, "TEXT", v.asString().strip(), score == null ? null : score.asInt()));
        }
        for (Question q : questions) {
            JsonNode v = answers.get(q.id());
            if (v != null && q.rating() && v.asInt() <= LOW_RATING && !explained.contains(q.id())) {
                out.add(new NewComment(q.id(), q.dimension(), "LOW_RATING", null, v.asInt()));
            }
        }
        return out;
    }

    private Mono<SurveyRepository.Invitation> link(String token) {
        return surveys.invitation(SurveyTokens.hash(token))
                .switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.NOT_FOUND, "SURVEY_LINK_UNKNOWN",
                        "Not found", "This survey link is not valid. Please check it, or ask the property service centre.")));
    }

    /**
     * A budget per address and per link, shared by every instance. A refused request spends nothing: both budgets are
     * checked first, and only then is a token taken from each.
     */
    private Mono<Void> throttle(String token, String address) {
        String byAddress = "survey-address:" + address;
        String byLink = "survey-link:" + HexFormat.of().formatHex(SurveyTokens.hash(token));
        return Mono.zip(limits.secondsUntilAllowed(byAddress, perAddress, window), limits.secondsUntilAllowed(byLink, perLink, window))
                .flatMap(waits -> {
                    long wait = Math.max(waits.getT1(), waits.getT2());
                    if (wait > 0) {
                        return Mono.error(ApiException.tooManyRequests("SURVEY_RATE_LIMITED", wait));
                    }
                    return Mono.when(limits.tryConsume(byAddress, perAddress, window), limits.tryConsume(byLink, perLink, window));
                });
    }

    private static void requireAnswerable(SurveyRepository.Campaign c, OffsetDateTime now) {
        if ("CLOSED".equals(c.status()) || !now.isBefore(c.closesAt())) {
            throw closed();
        }
        if (!"OPEN".equals(c.status()) || now.isBefore(c.opensAt())) {
            throw ApiException.conflict("SURVEY_NOT_OPEN", "This survey opens on " + c.opensAt() + ".");
        }
    }

    private static ApiException alreadyAnswered() {
        return ApiException.conflict("SURVEY_ALREADY_ANSWERED", "This survey has already been answered. Thank you!");
    }

    /** A link replaced by a newer one (the manager reissued the building's links): the resident is told to use the new one. */
    private static void requireCurrent(SurveyRepository.Invitation i) {
        if (i.revokedAt() != null) {
            throw new ApiException(HttpStatus.GONE, "SURVEY_LINK_REVOKED", "Link replaced",
                    "This survey link has been replaced by a newer one. Please use the latest link or QR code, or ask the property service centre.");
        }
    }

    private static ApiException closed() {
        return new ApiException(HttpStatus.GONE, "SURVEY_CLOSED", "Survey closed",
                "This survey is closed. Thank you for your interest.");
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
