package dev.steward.api.inspection;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Page;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Rubric templates (company-wide). An administrator writes a draft and publishes it as the next version; a published
 * version never changes, so inspections keep scoring against the version they started with. Every staff role reads.
 */
@Service
class TemplateService {

    /** A template with its current version (null until published) and its pending draft (null when none). */
    record Template(TemplateRepository.Row row, TemplateVersion current, Rubric draft) {}

    private final TemplateRepository templates;
    private final TransactionalOperator tx;
    private final Clock clock;

    TemplateService(TemplateRepository templates, TransactionalOperator tx, Clock clock) {
        this.templates = templates;
        this.tx = tx;
        this.clock = clock;
    }

    Mono<Page<TemplateRepository.Row>> list(Caller caller, Boolean includeDrafts, Integer limit, String cursor) {
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        boolean publishedOnly = Boolean.FALSE.equals(includeDrafts) || !InspectionRoles.inspects(caller);
        return Page.of(templates.list(publishedOnly, after == null ? null : Cursor.time(after.get(0)),
                after == null ? null : Cursor.uuid(after.get(1)), size + 1), size,
                t -> Cursor.encode(t.createdAt().toString(), t.id().toString()));
    }

    Mono<Template> get(Caller caller, UUID id) {
        return find(id);
    }

    Mono<Template> create(Caller caller, Rubric draft) {
        InspectionRoles.requireTemplateAdmin(caller, "create inspection templates");
        RubricRules.requireValidDraft(draft);
        return tx.transactional(templates.insert(draft.name(), templates.write(draft), caller.userId(), now()).flatMap(this::find));
    }

    Mono<Template> saveDraft(Caller caller, UUID id, String ifMatch, Rubric draft) {
        long expected = ETags.expectedVersion(ifMatch);
        InspectionRoles.requireTemplateAdmin(caller, "edit inspection templates");
        RubricRules.requireValidDraft(draft);
        return tx.transactional(find(id).flatMap(t -> t.row().version() != expected ? Mono.error(ETags.stale())
                : templates.saveDraft(id, expected, draft.name(), templates.write(draft), now())
                        .flatMap(ok -> ok ? find(id) : Mono.error(ETags.stale()))));
    }

    /** The draft becomes the next version (with new ids) and the current one; 409 without a draft. */
    Mono<Template> publish(Caller caller, UUID id, String ifMatch) {
        long expected = ETags.expectedVersion(ifMatch);
        InspectionRoles.requireTemplateAdmin(caller, "publish inspection templates");
        return tx.transactional(find(id).flatMap(t -> {
            if (t.row().version() != expected) {
                return Mono.error(ETags.stale());
            }
            if (t.draft() == null) {
                return Mono.error(ApiException.conflict("INSPECTION_TEMPLATE_NO_DRAFT", "This template has no draft to publish."));
            }
            RubricRules.requirePublishable(t.draft());
            Rubric rubric = new Rubric(t.draft().name(), t.draft().description(), RubricRules.withDefaults(t.draft().consequences()),
                    t.draft().sections());
            return templates.claim(id, expected).flatMap(ok -> ok ? templates.publish(id, templates.write(rubric), caller.userId(), now())
                    : Mono.error(ETags.stale())).then(Mono.defer(() -> find(id)));
        }));
    }

    /** A published version (404 if there is none such). */
    Mono<TemplateVersion> version(UUID versionId) {
        return templates.version(versionId).switchIfEmpty(Mono.error(() -> ApiException.notFound("inspection template version", versionId)));
    }

    /** The version a new inspection with this template uses: 404 for no template, 409 if it was never published. */
    Mono<TemplateVersion> current(UUID templateId) {
        return templates.find(templateId)
                .switchIfEmpty(Mono.error(() -> ApiException.invalidField("templateId", "is not an inspection template")))
                .flatMap(row -> row.currentVersionId() == null
                        ? Mono.error(ApiException.conflict("INSPECTION_TEMPLATE_NOT_PUBLISHED",
                                "This template has no published version yet; publish its draft first."))
                        : version(row.currentVersionId()));
    }

    private Mono<Template> find(UUID id) {
        return templates.find(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("inspection template", id)))
                .flatMap(row -> {
                    Rubric draft = row.draft() == null ? null : templates.parseDraft(row.draft());
                    return row.currentVersionId() == null ? Mono.just(new Template(row, null, draft))
                            : version(row.currentVersionId()).map(v -> new Template(row, v, draft));
                });
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
