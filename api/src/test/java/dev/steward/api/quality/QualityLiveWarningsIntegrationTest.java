package dev.steward.api.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.contract.model.ServerEventDto;
import dev.steward.api.platform.EventStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import reactor.core.Disposable;
import reactor.core.publisher.ConnectableFlux;
import reactor.core.publisher.Mono;

/**
 * New warnings go on the live stream once (docs/quality.md "Live warnings"): the fixture's two open complaints of the last
 * 30 days are past their resolution deadline, so 维修及时率 misses its target; the first evaluation announces it, the next
 * ones do not, and once the figure recovers the warning is forgotten (a later miss is new again).
 */
class QualityLiveWarningsIntegrationTest extends QualityFixture {

    @Autowired
    QualityWarningJob job;

    @Autowired
    EventStream stream;

    @Test
    @SuppressWarnings("unchecked")
    void aNewWarningIsAnnouncedOnce() {
        createFixture();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!stream.isListening() && System.nanoTime() < deadline) {
            Mono.delay(Duration.ofMillis(100)).block();
        }
        ConnectableFlux<ServerEventDto> events = as("admin").mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/api/v1/events/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(ServerEventDto.class).getResponseBody().replay();
        Disposable connection = events.connect();
        try {
            List<Map<String, Object>> warnings = (List<Map<String, Object>>) getJson("admin", "/api/v1/quality/warnings?projectId=" + projectId)
                    .get("warnings");
            assertThat(warnings).anySatisfy(w -> assertThat(w).containsEntry("key", "TARGET_MISSED|resolutionOnTimeRate")
                    .containsEntry("kind", "TARGET_MISSED"));
            UUID project = UUID.fromString(projectId);
            long announced = job.evaluate(project).block();
            assertThat(announced).isEqualTo(warnings.size());
            ServerEventDto event = events.filter(e -> e.getType() == ServerEventDto.TypeEnum.QUALITY_WARNING && project.equals(e.getProjectId())
                    && "TARGET_MISSED|resolutionOnTimeRate".equals(e.getWarningKey())).blockFirst(Duration.ofSeconds(20));
            assertThat(event).isNotNull();
            assertThat(event.getWarningKind().getValue()).isEqualTo("TARGET_MISSED");
            assertThat(event.getMetric()).isEqualTo("resolutionOnTimeRate");
            // Evaluated again (the hourly scan, another instance, a write): nothing new, nothing announced.
            assertThat(job.evaluate(project).block()).isZero();
            assertThat(job.evaluate(project).block()).isZero();
            assertThat(count("select count(*) from quality_warnings_on where project_id = '" + projectId + "'")).isEqualTo(warnings.size());
            // The complaints resolved in time from the figure's point of view: the warning goes, and is forgotten.
            sql("update work_orders set resolution_due_at = now() + interval '1 day' where project_id = '" + projectId + "' and type = 'COMPLAINT'"
                    + " and status in ('NEW', 'IN_PROGRESS')");
            job.evaluate(project).block();
            assertThat(count("select count(*) from quality_warnings_on where project_id = '" + projectId
                    + "' and key = 'TARGET_MISSED|resolutionOnTimeRate'")).isZero();
            // Missed again: a new warning, announced again.
            sql("update work_orders set resolution_due_at = now() - interval '1 hour' where project_id = '" + projectId + "' and type = 'COMPLAINT'"
                    + " and status in ('NEW', 'IN_PROGRESS')");
            assertThat(job.evaluate(project).block()).isEqualTo(1);
            Mono.delay(Duration.ofSeconds(1)).block();
            List<ServerEventDto> all = events.filter(e -> e.getType() == ServerEventDto.TypeEnum.QUALITY_WARNING && project.equals(e.getProjectId())
                    && "TARGET_MISSED|resolutionOnTimeRate".equals(e.getWarningKey())).take(Duration.ofSeconds(2)).collectList().block();
            assertThat(all).hasSize(2);
        } finally {
            connection.dispose();
        }
    }

    @Test
    void aTechnicianDoesNotGetQualityWarnings() {
        createFixture();
        sql("insert into memberships (project_id, user_id) select '" + projectId + "', id from users where username = 'tech1'"
                + " on conflict do nothing");
        ConnectableFlux<ServerEventDto> events = as("tech1").mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/api/v1/events/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(ServerEventDto.class).getResponseBody().replay();
        Disposable connection = events.connect();
        try {
            job.evaluate(UUID.fromString(projectId)).block();
            List<ServerEventDto> seen = events.filter(e -> e.getType() == ServerEventDto.TypeEnum.QUALITY_WARNING)
                    .take(Duration.ofSeconds(2)).collectList().block();
            assertThat(seen).isEmpty();
        } finally {
            connection.dispose();
        }
    }

    private long count(String query) {
        return db.sql(query).map(r -> r.get(0, Long.class)).one().block();
    }
}
