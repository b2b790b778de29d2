package dev.steward.api.survey;

import dev.steward.api.contract.model.LocalizedTextDto;
import dev.steward.api.contract.model.SurveyBuildingResultDto;
import dev.steward.api.contract.model.SurveyCampaignDto;
import dev.steward.api.contract.model.SurveyCampaignStatusDto;
import dev.steward.api.contract.model.SurveyCommentDto;
import dev.steward.api.contract.model.SurveyCommentKindDto;
import dev.steward.api.contract.model.SurveyDimensionDto;
import dev.steward.api.contract.model.SurveyDimensionIndexDto;
import dev.steward.api.contract.model.SurveyNpsDto;
import dev.steward.api.contract.model.SurveyOptionCountDto;
import dev.steward.api.contract.model.SurveyPreviousCampaignDto;
import dev.steward.api.contract.model.SurveyQuestionDto;
import dev.steward.api.contract.model.SurveyQuestionResultDto;
import dev.steward.api.contract.model.SurveyQuestionTypeDto;
import dev.steward.api.contract.model.SurveyAnswerDto;
import dev.steward.api.contract.model.SurveyResponseDto;
import dev.steward.api.contract.model.SurveyResultsDto;
import dev.steward.api.contract.model.SurveyTemplateDto;
import dev.steward.api.contract.model.WorkOrderStatusDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Survey records → contract DTOs. Questions have the same JSON shape on both sides, so they are converted through
 * JSON; the rest by hand (rounded figures, optional parts, the change against the previous campaign).
 */
@Component
class SurveyDtos {

    private final JsonMapper json;

    SurveyDtos(JsonMapper json) {
        this.json = json;
    }

    SurveyResponseDto response(SurveyResponseRepository.Response r) {
        List<SurveyAnswerDto> answers = new ArrayList<>();
        for (var e : json.readTree(r.answersJson()).properties()) {
            answers.add(new SurveyAnswerDto(e.getKey(), e.getValue()));
        }
        return new SurveyResponseDto(r.id(), r.projectId(), r.campaignId(), r.buildingId(),
                SurveyResponseDto.ChannelEnum.fromValue(r.channel()), answers, r.createdAt(), r.updatedAt())
                .unitId(r.unitId())
                .language(r.language() == null ? null : SurveyResponseDto.LanguageEnum.fromValue(r.language()))
                .enteredById(r.enteredBy());
    }

    List<Question> questions(List<SurveyQuestionDto> dtos) {
        return dtos.stream().map(d -> json.convertValue(d, Question.class)).toList();
    }

    List<SurveyQuestionDto> questionDtos(List<Question> questions) {
        return questions.stream().map(q -> json.convertValue(q, SurveyQuestionDto.class)).toList();
    }

    SurveyTemplateDto template(SurveyTemplateService.Template t) {
        var r = t.row();
        return new SurveyTemplateDto(r.id(), r.name(), r.currentVersion(), questionDtos(t.questions()), r.campaignCount(), r.createdAt(),
                r.updatedAt());
    }

    SurveyCampaignDto campaign(SurveyCampaignService.View v) {
        var c = v.campaign();
        return new SurveyCampaignDto(c.id(), c.projectId(), c.templateId(), c.templateVersion(), c.title(), c.opensAt(), c.closesAt(),
                SurveyCampaignStatusDto.fromValue(c.status()), c.anonymous(), c.buildingIds(), c.invitationCount(), c.responseCount(),
                questionDtos(v.questions()), c.createdAt(), c.version())
                .templateName(c.templateName()).openedAt(c.openedAt()).closedAt(c.closedAt());
    }

    SurveyCommentDto comment(SurveyCommentRepository.Comment m) {
        return new SurveyCommentDto(m.id(), m.campaignId(), m.questionId(), SurveyCommentKindDto.fromValue(m.kind()), m.buildingId(),
                m.buildingName(), m.tags(), m.createdAt(), m.version())
                .dimension(m.dimension() == null ? null : SurveyDimensionDto.fromValue(m.dimension())).text(m.text()).score(m.score())
                .unitId(m.unitId()).unitLabel(m.unitLabel()).workOrderId(m.workOrderId()).workOrderCode(m.workOrderCode())
                .workOrderStatus(m.workOrderStatus() == null ? null : WorkOrderStatusDto.fromValue(m.workOrderStatus()));
    }

    SurveyResultsDto results(SurveyResultsService.Results r) {
        SurveyScoring.Scores s = r.scores();
        SurveyResultsDto dto = new SurveyResultsDto(r.campaign().id(), r.invitations(), s.responseCount(), nps(s.nps()),
                dimensions(s.dimensions(), r.previous() == null ? null : r.previous().scores().dimensions()),
                r.questions().stream().map(this::question).toList(),
                r.buildings().stream().map(b -> new SurveyBuildingResultDto(b.id(), b.name(), b.invitations(), b.responses(),
                                dimensions(b.scores().dimensions(), null))
                        .responseRate(SurveyResultsService.rate(b.responses(), b.invitations())).satisfactionIndex(b.scores().index()))
                        .toList())
                .responseRate(r.responseRate()).satisfactionIndex(s.index());
        if (r.previous() != null) {
            var p = r.previous();
            dto.previous(new SurveyPreviousCampaignDto(p.campaign().id(), p.campaign().title(), p.scores().responseCount())
                    .closedAt(p.campaign().closedAt()).responseRate(p.responseRate()).satisfactionIndex(p.scores().index())
                    .nps(p.scores().nps().score())
                    .satisfactionIndexChange(change(s.index(), p.scores().index()))
                    .npsChange(change(s.nps().score(), p.scores().nps().score()))
                    .responseRateChange(r.responseRate() == null || p.responseRate() == null ? null
                            : SurveyScoring.round(r.responseRate() - p.responseRate(), 4)));
        }
        return dto;
    }

    private static SurveyNpsDto nps(SurveyScoring.Nps n) {
        return new SurveyNpsDto(n.answerCount(), n.promoters(), n.passives(), n.detractors()).score(n.score());
    }

    private static List<SurveyDimensionIndexDto> dimensions(List<SurveyScoring.DimensionIndex> list,
            List<SurveyScoring.DimensionIndex> previous) {
        List<SurveyDimensionIndexDto> out = new ArrayList<>();
        for (SurveyScoring.DimensionIndex d : list) {
            Double before = previous == null ? null : previous.stream().filter(p -> p.dimension() == d.dimension())
                    .map(SurveyScoring.DimensionIndex::index).filter(Objects::nonNull).findFirst().orElse(null);
            out.add(new SurveyDimensionIndexDto(SurveyDimensionDto.fromValue(d.dimension().name()), d.answerCount())
                    .index(d.index()).weight(d.weight()).change(change(d.index(), before)));
        }
        return out;
    }

    private SurveyQuestionResultDto question(SurveyScoring.QuestionResult q) {
        Question question = q.question();
        return new SurveyQuestionResultDto(question.id(), SurveyQuestionTypeDto.fromValue(question.type()),
                new LocalizedTextDto(question.text().zh(), question.text().en()), q.answerCount(),
                q.distribution().stream().map(c -> new SurveyOptionCountDto(c.value(), c.count())).toList())
                .dimension(question.dimension() == null ? null : SurveyDimensionDto.fromValue(question.dimension())).mean(q.mean());
    }

    private static Double change(Double now, Double before) {
        return now == null || before == null ? null : SurveyScoring.round(now - before, 1);
    }
}
