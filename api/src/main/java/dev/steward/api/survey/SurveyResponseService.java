package dev.steward.api.survey;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.Page;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The responses of the caller's projects, for integrations that sync them (newest first, or as a change feed). */
@Service
class SurveyResponseService {

    private final SurveyResponseRepository responses;
    private final SurveyCampaignService campaigns;

    SurveyResponseService(SurveyResponseRepository responses, SurveyCampaignService campaigns) {
        this.responses = responses;
        this.campaigns = campaigns;
    }

    Mono<Page<SurveyResponseRepository.Response>> list(Caller caller, UUID projectId, UUID campaignId, Integer limit, String cursor,
            String updatedFrom) {
        SurveyRoles.requireReader(caller);
        int size = Page.limit(limit);
        ChangeFeed feed = ChangeFeed.of(updatedFrom, cursor);
        List<String> after = feed == null ? Cursor.decode(cursor, 2) : null;
        UUID[] projectIds = SurveyCampaignService.projectIds(caller, projectId);
        // A campaign the caller cannot see is a 404, as everywhere else.
        Mono<Void> campaignVisible = campaignId == null ? Mono.empty() : campaigns.get(caller, campaignId).then();
        return campaignVisible.then(Mono.defer(() -> feed != null
                ? feed.page(responses.changes(projectIds, campaignId, feed, size + 1), size)
                : Page.of(responses.list(projectIds, campaignId, after == null ? null : Cursor.time(after.get(0)),
                        after == null ? null : Cursor.uuid(after.get(1)), size + 1), size,
                        r -> Cursor.encode(r.createdAt().toString(), r.id().toString()))));
    }
}
