package dev.steward.api.workorder;

import static dev.steward.api.workorder.WorkOrderStatus.NEW;
import static dev.steward.api.workorder.WorkOrderStatus.REOPENED;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Which orders a caller may see, and how much of them (the reporter's phone). */
@Component
class WorkOrderVisibility {

    private final WorkOrderRepository repo;

    WorkOrderVisibility(WorkOrderRepository repo) {
        this.repo = repo;
    }

    /**
     * The order if the caller may see it, else 404 (never 403: no existence leak). Technicians see the orders
     * assigned to them and the unassigned NEW and REOPENED ones of their projects.
     */
    Mono<WorkOrder> visible(Caller caller, UUID id) {
        return repo.find(caller.projectIdArray(), id)
                .filter(o -> seesAllOrders(caller) || caller.userId().equals(o.assigneeId())
                        || (o.assigneeId() == null && (o.status() == NEW || o.status() == REOPENED)))
                .switchIfEmpty(Mono.error(() -> WorkOrderProblems.notFound(id)));
    }

    /** After a change: the caller just acted on it, so only the project scope applies. */
    Mono<WorkOrder> reload(Caller caller, UUID id) {
        return repo.find(caller.projectIdArray(), id).switchIfEmpty(Mono.error(() -> WorkOrderProblems.notFound(id)));
    }

    static boolean seesAllOrders(Caller caller) {
        return caller.hasAny(Role.ADMIN, Role.MANAGER, Role.AGENT, Role.KEY_CUSTODIAN, Role.QUALITY_SUPERVISOR, Role.INTEGRATION);
    }

    /** Full reporter phone numbers only for the roles that call residents back, and only on single orders. */
    static boolean seesPhones(Caller caller) {
        return caller.hasAny(Role.ADMIN, Role.MANAGER, Role.AGENT);
    }

    /** …and for the technician the order is assigned to: on the way to the unit they must be able to call. */
    static boolean seesPhone(Caller caller, WorkOrder o) {
        return seesPhones(caller) || caller.userId().equals(o.assigneeId());
    }
}
