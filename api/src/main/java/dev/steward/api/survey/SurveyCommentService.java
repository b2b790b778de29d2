package dev.steward.api.survey;

import dev.steward.api.identity.Staff;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Page;
import dev.steward.api.property.Projects;
import dev.steward.api.workorder.WorkOrders;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** The opinion library (意见征集库): residents' comments, tagged and turned into work orders by the front desk. */
@Service
class SurveyCommentService {

    record Filters(String dimension, UUID buildingId, String tag, Boolean hasWorkOrder) {}

    record NewOrder(String type, String category, String priority, String title) {}

    private final SurveyCommentRepository comments;
    private final SurveyCampaignService campaigns;
    private final WorkOrders workOrders;
    private final Staff staff;
    private final Projects projects;
    private final TransactionalOperator tx;

    SurveyCommentService(SurveyCommentRepository comments, SurveyCampaignService campaigns, WorkOrders workOrders, Staff staff,
            Projects projects, TransactionalOperator tx) {
        this.comments = comments;
        this.campaigns = campaigns;
        this.workOrders = workOrders;
        this.staff = staff;
        this.projects = projects;
        this.tx = tx;
    }

    Mono<Page<SurveyCommentRepository.Comment>> list(Caller caller, UUID campaignId, Filters f, Integer limit, String cursor) {
        SurveyRoles.requireReader(caller);
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        return campaigns.visible(caller, campaignId).flatMap(c -> Page.of(comments.list(
                        new SurveyCommentRepository.CommentQuery(c.id(), f.dimension(), f.buildingId(), f.tag(), f.hasWorkOrder()),
                        after == null ? null : Cursor.time(after.get(0)), after == null ? null : Cursor.uuid(after.get(1)), size + 1),
                size, m -> Cursor.encode(m.createdAt().toString(), m.id().toString())));
    }

    Mono<SurveyCommentRepository.Comment> tag(Caller caller, UUID id, String ifMatch, List<String> tags) {
        long expected = ETags.expectedVersion(ifMatch);
        SurveyRoles.requireFrontDesk(caller, "tag survey comments");
        List<String> clean = tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        return visible(caller, id).flatMap(m -> comments.setTags(m.id(), expected, clean)
                .flatMap(ok -> ok ? visible(caller, id) : Mono.error(ETags.stale())));
    }

    /** A work order of any type for the comment's unit (its building when anonymous), reported by the unit's resident, linked both ways. */
    Mono<SurveyCommentRepository.Comment> workOrder(Caller caller, UUID id, NewOrder r) {
        SurveyRoles.requireFrontDesk(caller, "turn survey comments into work orders");
        return tx.transactional(visible(caller, id).flatMap(m -> {
            if (m.workOrderId() != null) {
                return Mono.error(hasOrder(m));
            }
            String title = r.title() != null && !r.title().isBlank() ? r.title().strip() : defaultTitle(m);
            String description = m.text() != null ? "满意度调查意见：" + m.text()
                    : "满意度调查低分（" + m.score() + " 分）" + (m.dimension() == null ? "" : "：" + m.dimension());
            // The reporter is the unit's resident, to be called back; an anonymous comment (or an empty unit) has
            // nobody to name, so the order says so and gives the desk's own number.
            Mono<Projects.Contact> resident = m.unitId() == null ? Mono.empty() : projects.mainResident(m.projectId(), m.unitId());
            return staff.member(caller.userId(), m.projectId())
                    .switchIfEmpty(Mono.error(() -> ApiException.roleRequired("register work orders in this project")))
                    .flatMap(me -> resident.defaultIfEmpty(new Projects.Contact("满意度调查（匿名）", me.phone() == null ? "0000" : me.phone())))
                    .flatMap(reporter -> workOrders.registerFromSurvey(caller, m.projectId(), m.unitId(),
                            m.unitId() == null ? m.buildingName() : null, r.type(), r.category(), r.priority(), title, description,
                            reporter.name(), reporter.phone(), m.id()))
                    .flatMap(order -> comments.setWorkOrder(m.id(), order.id()))
                    .flatMap(ok -> ok ? visible(caller, id) : Mono.error(hasOrder(m)));
        }));
    }

    private Mono<SurveyCommentRepository.Comment> visible(Caller caller, UUID id) {
        return comments.find(caller.projectIdArray(), id).switchIfEmpty(Mono.error(() -> ApiException.notFound("survey comment", id)));
    }

    private static ApiException hasOrder(SurveyCommentRepository.Comment m) {
        return ApiException.conflict("SURVEY_COMMENT_HAS_WORK_ORDER", "This comment already has work order "
                + (m.workOrderCode() == null ? "" : m.workOrderCode()) + ".");
    }

    private static String defaultTitle(SurveyCommentRepository.Comment m) {
        String base = m.text() != null ? m.text() : "满意度低分 " + m.score() + " 分";
        String text = "满意度调查：" + base;
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
