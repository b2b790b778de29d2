package dev.steward.api.inspection;

import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What other features may ask of inspection tasks: e.g. keys, for which an open patrol task is a valid reason to lend a unit key. */
@Component
public class InspectionTasks {

    /** A task as another feature needs it: its unit (vacant-unit patrols), whether it can still be done, and a label for ledgers. */
    public record Ref(UUID id, UUID unitId, boolean open, String label) {}

    private final TaskRepository tasks;

    InspectionTasks(TaskRepository tasks) {
        this.tasks = tasks;
    }

    /** The task if it belongs to the project; empty otherwise. Open: its inspection is not yet submitted. */
    public Mono<Ref> find(UUID projectId, UUID taskId) {
        return tasks.ref(new UUID[] {projectId}, taskId).map(t -> new Ref(t.id(), t.unitId(), !t.done(),
                t.planName() + " " + t.scheduledOn() + (t.place() == null ? "" : " " + t.place())));
    }
}
