package dev.steward.api.survey;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Questionnaire templates (company-wide). Managers write them; a version a campaign has used is never changed again —
 * editing it starts the next version, and the campaign keeps answering the one it started with.
 */
@Service
class SurveyTemplateService {

    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {};

    record Template(SurveyTemplateRepository.Row row, List<Question> questions) {}

    private final SurveyTemplateRepository templates;
    private final TransactionalOperator tx;
    private final JsonMapper json;
    private final Clock clock;

    SurveyTemplateService(SurveyTemplateRepository templates, TransactionalOperator tx, JsonMapper json, Clock clock) {
        this.templates = templates;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    Mono<Page<Template>> list(Caller caller, Integer limit, String cursor) {
        SurveyRoles.requireReader(caller);
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        return Page.of(templates.list(after == null ? null : Cursor.time(after.get(0)), after == null ? null : Cursor.uuid(after.get(1)),
                        size + 1), size, t -> Cursor.encode(t.createdAt().toString(), t.id().toString()))
                .map(page -> page.map(this::template));
    }

    Mono<Template> get(Caller caller, UUID id) {
        SurveyRoles.requireReader(caller);
        return find(id);
    }

    Mono<Template> create(Caller caller, String name, List<Question> questions) {
        SurveyRoles.requireManager(caller, "create survey templates");
        SurveyQuestions.validateTemplate(questions);
        OffsetDateTime now = now();
        return tx.transactional(templates.insert(name.strip(), json.writeValueAsString(questions), caller.userId(), now)
                .flatMap(this::find));
    }

    Mono<Template> replace(Caller caller, UUID id, String ifMatch, String name, List<Question> questions) {
        long expected = ETags.expectedVersion(ifMatch);
        SurveyRoles.requireManager(caller, "edit survey templates");
        SurveyQuestions.validateTemplate(questions);
        OffsetDateTime now = now();
        String text = json.writeValueAsString(questions);
        return tx.transactional(find(id).flatMap(t -> {
            if (t.row().version() != expected) {
                return Mono.error(ETags.stale());
            }
            int current = t.row().currentVersion();
            return templates.used(id, current).flatMap(used -> {
                int next = used ? current + 1 : current;
                Mono<Void> write = used ? templates.insertVersion(id, next, name.strip(), text, now)
                        : templates.replaceVersion(id, current, name.strip(), text);
                return write.then(templates.touch(id, expected, name.strip(), next, now))
                        .flatMap(ok -> ok ? find(id) : Mono.error(ETags.stale()));
            });
        }));
    }

    /** The questions of a template version, as stored. */
    List<Question> parse(String questions) {
        return json.readValue(questions, QUESTIONS);
    }

    private Mono<Template> find(UUID id) {
        return templates.find(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("survey template", id))).map(this::template);
    }

    private Template template(SurveyTemplateRepository.Row row) {
        return new Template(row, parse(row.questions()));
    }

    private OffsetDateTime now() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return now.atOffset(ZoneOffset.UTC);
    }
}
