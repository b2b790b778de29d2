package dev.steward.api.survey;

import dev.steward.api.contract.PublicSurveysApi;
import dev.steward.api.contract.model.PublicSurveyDto;
import dev.steward.api.contract.model.SurveyAnswersDto;
import dev.steward.api.contract.model.SurveyResponseReceiptDto;
import dev.steward.api.platform.ClientAddress;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The residents' side of a survey link: no login; privacy headers come from {@link PublicHeadersFilter}. */
@RestController
class PublicSurveyController implements PublicSurveysApi {

    private final SurveyAnswerService answers;
    private final SurveyDtos dtos;

    PublicSurveyController(SurveyAnswerService answers, SurveyDtos dtos) {
        this.answers = answers;
        this.dtos = dtos;
    }

    @Override
    public Mono<ResponseEntity<PublicSurveyDto>> getPublicSurvey(String token, ServerWebExchange exchange) {
        return Mono.defer(() -> answers.open(token, ClientAddress.of(exchange.getRequest())))
                .map(v -> ResponseEntity.ok(new PublicSurveyDto(v.campaign().title(), v.projectName(), v.campaign().anonymous(),
                        v.campaign().closesAt(), dtos.questionDtos(v.questions())).unitLabel(v.unitLabel())));
    }

    @Override
    public Mono<ResponseEntity<SurveyResponseReceiptDto>> submitPublicSurveyResponse(String token, Mono<SurveyAnswersDto> body,
            ServerWebExchange exchange) {
        return body.flatMap(r -> answers.submit(token, ClientAddress.of(exchange.getRequest()),
                        r.getAnswers().stream().map(a -> new SurveyQuestions.Answer(a.getQuestionId(), a.getValue())).toList(),
                        r.getLanguage() == null ? null : r.getLanguage().getValue()))
                .map(receipt -> ResponseEntity.status(HttpStatus.CREATED).body(new SurveyResponseReceiptDto(receipt.id(), receipt.receivedAt())));
    }
}
