package dev.steward.api.survey;

import dev.steward.api.contract.SurveysApi;
import dev.steward.api.contract.model.SurveyBuildingProgressDto;
import dev.steward.api.contract.model.SurveyCampaignCreateDto;
import dev.steward.api.contract.model.SurveyCampaignDto;
import dev.steward.api.contract.model.SurveyCampaignPageDto;
import dev.steward.api.contract.model.SurveyCampaignStatusDto;
import dev.steward.api.contract.model.SurveyChannelDto;
import dev.steward.api.contract.model.SurveyCommentDto;
import dev.steward.api.contract.model.SurveyCommentPageDto;
import dev.steward.api.contract.model.SurveyCommentUpdateDto;
import dev.steward.api.contract.model.SurveyCommentWorkOrderDto;
import dev.steward.api.contract.model.SurveyDimensionDto;
import dev.steward.api.contract.model.SurveyInvitationLinkDto;
import dev.steward.api.contract.model.SurveyInvitationLinksDto;
import dev.steward.api.contract.model.SurveyInvitationProgressDto;
import dev.steward.api.contract.model.SurveyInvitationRequestDto;
import dev.steward.api.contract.model.SurveyInvitationStatusDto;
import dev.steward.api.contract.model.SurveyResponsePageDto;
import dev.steward.api.contract.model.SurveyResponseReceiptDto;
import dev.steward.api.contract.model.SurveyResultsDto;
import dev.steward.api.contract.model.SurveyStaffResponseDto;
import dev.steward.api.contract.model.SurveyTemplateDto;
import dev.steward.api.contract.model.SurveyTemplateInputDto;
import dev.steward.api.contract.model.SurveyTemplatePageDto;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.ProjectScope;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class SurveyController implements SurveysApi {

    private final SurveyTemplateService templates;
    private final SurveyCampaignService campaigns;
    private final SurveyAnswerService answers;
    private final SurveyResultsService results;
    private final SurveyCommentService comments;
    private final SurveyResponseService responses;
    private final SurveyDtos dtos;
    private final ProjectScope scope;

    SurveyController(SurveyTemplateService templates, SurveyCampaignService campaigns, SurveyAnswerService answers,
            SurveyResultsService results, SurveyCommentService comments, SurveyResponseService responses, SurveyDtos dtos,
            ProjectScope scope) {
        this.responses = responses;
        this.templates = templates;
        this.campaigns = campaigns;
        this.answers = answers;
        this.results = results;
        this.comments = comments;
        this.dtos = dtos;
        this.scope = scope;
    }

    @Override
    public Mono<ResponseEntity<SurveyTemplatePageDto>> listSurveyTemplates(Integer limit, String cursor, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> templates.list(c, limit, cursor))
                .map(p -> ResponseEntity.ok(new SurveyTemplatePageDto(p.items().stream().map(dtos::template).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<SurveyTemplateDto>> createSurveyTemplate(Mono<SurveyTemplateInputDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> templates.create(c, r.getName(), dtos.questions(r.getQuestions()))))
                .map(t -> ResponseEntity.created(URI.create("/api/v1/survey-templates/" + t.row().id()))
                        .eTag(ETags.of(t.row().version())).body(dtos.template(t)));
    }

    @Override
    public Mono<ResponseEntity<SurveyTemplateDto>> getSurveyTemplate(UUID templateId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> templates.get(c, templateId))
                .map(t -> ResponseEntity.ok().eTag(ETags.of(t.row().version())).body(dtos.template(t)));
    }

    @Override
    public Mono<ResponseEntity<SurveyTemplateDto>> replaceSurveyTemplate(UUID templateId, Mono<SurveyTemplateInputDto> body, String ifMatch,
            ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> templates.replace(c, templateId, ifMatch, r.getName(),
                        dtos.questions(r.getQuestions()))))
                .map(t -> ResponseEntity.ok().eTag(ETags.of(t.row().version())).body(dtos.template(t)));
    }

    @Override
    public Mono<ResponseEntity<SurveyCampaignPageDto>> listSurveyCampaigns(Integer limit, String cursor, UUID projectId,
            SurveyCampaignStatusDto status, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> campaigns.list(c, projectId, status == null ? null : status.getValue(), limit, cursor))
                .map(p -> ResponseEntity.ok(new SurveyCampaignPageDto(p.items().stream().map(dtos::campaign).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<SurveyResponsePageDto>> listSurveyResponses(Integer limit, String cursor, String updatedFrom,
            UUID projectId, UUID campaignId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> responses.list(c, projectId, campaignId, limit, cursor, updatedFrom))
                .map(p -> ResponseEntity.ok(new SurveyResponsePageDto(p.items().stream().map(dtos::response).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<SurveyCampaignDto>> createSurveyCampaign(Mono<SurveyCampaignCreateDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> campaigns.create(c, new SurveyCampaignService.NewCampaign(r.getTemplateId(),
                        r.getProjectId(), r.getTitle(), r.getOpensAt(), r.getClosesAt(), Boolean.TRUE.equals(r.getAnonymous()),
                        r.getBuildingIds() == null ? null : List.copyOf(r.getBuildingIds())))))
                .map(v -> ResponseEntity.created(URI.create("/api/v1/survey-campaigns/" + v.campaign().id())).body(dtos.campaign(v)));
    }

    @Override
    public Mono<ResponseEntity<SurveyCampaignDto>> getSurveyCampaign(UUID campaignId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> campaigns.get(c, campaignId)).map(v -> ResponseEntity.ok(dtos.campaign(v)));
    }

    @Override
    public Mono<ResponseEntity<SurveyCampaignDto>> openSurveyCampaign(UUID campaignId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> campaigns.open(c, campaignId)).map(v -> ResponseEntity.ok(dtos.campaign(v)));
    }

    @Override
    public Mono<ResponseEntity<SurveyCampaignDto>> closeSurveyCampaign(UUID campaignId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> campaigns.close(c, campaignId)).map(v -> ResponseEntity.ok(dtos.campaign(v)));
    }

    @Override
    public Mono<ResponseEntity<SurveyInvitationLinksDto>> createSurveyInvitations(UUID campaignId, Mono<SurveyInvitationRequestDto> body,
            ServerWebExchange exchange) {
        return body.defaultIfEmpty(new SurveyInvitationRequestDto())
                .flatMap(r -> scope.current().flatMap(c -> campaigns.invite(c, campaignId, r.getBuildingIds(), Boolean.TRUE.equals(r.getReplace()))))
                .map(done -> ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(new SurveyInvitationLinksDto(done.links().size(), (int) done.replaced(), (int) done.kept(), (int) done.answered(),
                                done.links().stream().map(l -> new SurveyInvitationLinkDto(l.unit().unitId(), l.unit().unitLabel(),
                                        l.unit().buildingId(), l.unit().buildingName(), l.token(), "/s/" + l.token())).toList())));
    }

    @Override
    public Mono<ResponseEntity<SurveyInvitationProgressDto>> listSurveyInvitations(UUID campaignId, Integer limit, String cursor,
            UUID buildingId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> campaigns.progress(c, campaignId, buildingId, limit, cursor)).map(p -> ResponseEntity.ok(
                new SurveyInvitationProgressDto(
                        p.buildings().stream().map(b -> new SurveyBuildingProgressDto(b.buildingId(), b.buildingName(), b.audience(),
                                b.invited(), b.answered())).toList(),
                        p.units().items().stream().map(u -> new SurveyInvitationStatusDto(u.unit().unitId(), u.unit().unitLabel(),
                                u.unit().buildingId(), u.unit().buildingName(), u.invited(), u.answered()).answeredAt(u.answeredAt())
                                .channel(u.channel() == null ? null : SurveyChannelDto.fromValue(u.channel()))).toList())
                        .nextCursor(p.units().nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<SurveyResponseReceiptDto>> enterSurveyResponse(UUID campaignId, Mono<SurveyStaffResponseDto> body,
            ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> answers.enter(c, campaignId, r.getUnitId(), r.getChannel().getValue(),
                        r.getAnswers().stream().map(a -> new SurveyQuestions.Answer(a.getQuestionId(), a.getValue())).toList())))
                .map(receipt -> ResponseEntity.status(HttpStatus.CREATED).body(new SurveyResponseReceiptDto(receipt.id(), receipt.receivedAt())));
    }

    @Override
    public Mono<ResponseEntity<SurveyResultsDto>> getSurveyResults(UUID campaignId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> results.results(c, campaignId)).map(r -> ResponseEntity.ok(dtos.results(r)));
    }

    @Override
    public Mono<ResponseEntity<Resource>> exportSurveyCampaign(UUID campaignId, String format, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> results.export(c, campaignId, format))
                .map(e -> ResponseEntity.ok().contentType(MediaType.parseMediaType(e.contentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(e.filename()).build().toString())
                        .body((Resource) new ByteArrayResource(e.body())));
    }

    @Override
    public Mono<ResponseEntity<SurveyCommentPageDto>> listSurveyComments(UUID campaignId, Integer limit, String cursor,
            SurveyDimensionDto dimension, UUID buildingId, String tag, Boolean hasWorkOrder, ServerWebExchange exchange) {
        var filters = new SurveyCommentService.Filters(dimension == null ? null : dimension.getValue(), buildingId, tag, hasWorkOrder);
        return scope.current().flatMap(c -> comments.list(c, campaignId, filters, limit, cursor))
                .map(p -> ResponseEntity.ok(new SurveyCommentPageDto(p.items().stream().map(dtos::comment).toList()).nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<SurveyCommentDto>> updateSurveyComment(UUID commentId, Mono<SurveyCommentUpdateDto> body, String ifMatch,
            ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> comments.tag(c, commentId, ifMatch, new ArrayList<>(r.getTags()))))
                .map(m -> ResponseEntity.ok().eTag(ETags.of(m.version())).body(dtos.comment(m)));
    }

    @Override
    public Mono<ResponseEntity<SurveyCommentDto>> createWorkOrderFromComment(UUID commentId, Mono<SurveyCommentWorkOrderDto> body,
            ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> comments.workOrder(c, commentId, new SurveyCommentService.NewOrder(
                        r.getType().getValue(), r.getCategory(), r.getPriority().getValue(), r.getTitle()))))
                .map(m -> ResponseEntity.status(HttpStatus.CREATED).body(dtos.comment(m)));
    }
}
