package dev.steward.api.workorder;

import static dev.steward.api.workorder.WorkOrderStatus.ASSIGNED;
import static dev.steward.api.workorder.WorkOrderStatus.CANCELLED;
import static dev.steward.api.workorder.WorkOrderStatus.CLOSED;
import static dev.steward.api.workorder.WorkOrderStatus.COMPLETED;
import static dev.steward.api.workorder.WorkOrderStatus.IN_PROGRESS;
import static dev.steward.api.workorder.WorkOrderStatus.NEW;
import static dev.steward.api.workorder.WorkOrderStatus.ON_HOLD;
import static dev.steward.api.workorder.WorkOrderStatus.REOPENED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The actions agree with the state machine, and who may take them is the role matrix of the issue. */
class WorkOrderActionTest {

    private static final UUID ME = UUID.randomUUID();
    private static final UUID SOMEONE_ELSE = UUID.randomUUID();

    private static Caller caller(Role... roles) {
        return new Caller(ME, "u", roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles), Set.of());
    }

    @Test
    void everyActionTargetIsALegalTransitionFromEachOfItsStatuses() {
        for (WorkOrderAction action : WorkOrderAction.values()) {
            for (WorkOrderStatus from : action.from()) {
                if (action.target() != null) {
                    assertThat(from.canBecome(action.target())).as(action + " from " + from).isTrue();
                }
            }
        }
        assertThat(COMPLETED.canBecome(CLOSED)).isTrue();
        assertThat(COMPLETED.canBecome(REOPENED)).isTrue();
    }

    static Stream<Arguments> actionsAndStatuses() {
        List<Arguments> all = new ArrayList<>();
        for (WorkOrderAction a : WorkOrderAction.values()) {
            if (a.target() != null) {
                for (WorkOrderStatus s : WorkOrderStatus.values()) {
                    all.add(Arguments.of(a, s));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("actionsAndStatuses")
    void anActionIsLegalExactlyFromItsStatuses(WorkOrderAction action, WorkOrderStatus from) {
        if (action.availableFrom(from)) {
            assertThatCode(() -> action.requireTransition(from, action.target())).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> action.requireTransition(from, action.target()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("WORK_ORDER_ILLEGAL_TRANSITION"));
        }
    }

    @Test
    void theFromSetsAreTheOnesTheIssueNames() {
        assertThat(WorkOrderAction.ASSIGN.from()).containsExactlyInAnyOrder(NEW, ASSIGNED, REOPENED);
        assertThat(WorkOrderAction.START.from()).containsExactlyInAnyOrder(ASSIGNED, REOPENED);
        assertThat(WorkOrderAction.HOLD.from()).containsExactly(IN_PROGRESS);
        assertThat(WorkOrderAction.RESUME.from()).containsExactly(ON_HOLD);
        assertThat(WorkOrderAction.COMPLETE.from()).containsExactly(IN_PROGRESS);
        assertThat(WorkOrderAction.RETURN_VISIT.from()).containsExactly(COMPLETED);
        assertThat(WorkOrderAction.REOPEN.from()).containsExactlyInAnyOrder(COMPLETED, CLOSED);
        assertThat(WorkOrderAction.CANCEL.from()).containsExactlyInAnyOrder(NEW, ASSIGNED, REOPENED);
        assertThat(WorkOrderAction.COMMENT.from()).containsExactlyInAnyOrder(WorkOrderStatus.values());
        assertThat(WorkOrderAction.EDIT.from()).doesNotContain(CLOSED, CANCELLED);
    }

    @Test
    void editingAFinalOrderIsNotEditableRatherThanATransition() {
        assertThatThrownBy(() -> WorkOrderAction.EDIT.requireTransition(CANCELLED, CANCELLED))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("WORK_ORDER_NOT_EDITABLE"));
    }

    @Test
    void roleMatrix() {
        Caller agent = caller(Role.AGENT);
        Caller manager = caller(Role.MANAGER);
        Caller admin = caller(Role.ADMIN);
        Caller tech = caller(Role.TECHNICIAN);
        Caller integration = caller(Role.INTEGRATION);
        Caller custodian = caller(Role.KEY_CUSTODIAN);

        for (WorkOrderAction deskAction : List.of(WorkOrderAction.EDIT, WorkOrderAction.ASSIGN, WorkOrderAction.RETURN_VISIT,
                WorkOrderAction.REOPEN)) {
            assertThat(deskAction.permits(agent, null)).as(deskAction.name()).isTrue();
            assertThat(deskAction.permits(manager, null)).isTrue();
            assertThat(deskAction.permits(admin, null)).isTrue();
            assertThat(deskAction.permits(tech, ME)).as(deskAction + " by the assignee technician").isFalse();
            assertThat(deskAction.permits(integration, null)).isFalse();
        }
        for (WorkOrderAction fieldAction : List.of(WorkOrderAction.START, WorkOrderAction.HOLD, WorkOrderAction.RESUME,
                WorkOrderAction.COMPLETE)) {
            assertThat(fieldAction.permits(tech, ME)).as(fieldAction + " by the assignee").isTrue();
            assertThat(fieldAction.permits(tech, SOMEONE_ELSE)).as(fieldAction + " by another technician").isFalse();
            assertThat(fieldAction.permits(tech, null)).isFalse();
            assertThat(fieldAction.permits(agent, SOMEONE_ELSE)).as(fieldAction + " by an agent").isFalse();
            assertThat(fieldAction.permits(manager, SOMEONE_ELSE)).isTrue();
            assertThat(fieldAction.permits(admin, SOMEONE_ELSE)).isTrue();
            assertThat(fieldAction.permits(caller(Role.INTEGRATION), ME)).isFalse();
        }
        assertThat(WorkOrderAction.CANCEL.permits(manager, null)).isTrue();
        assertThat(WorkOrderAction.CANCEL.permits(admin, null)).isTrue();
        assertThat(WorkOrderAction.CANCEL.permits(agent, null)).isFalse();
        assertThat(WorkOrderAction.CANCEL.permits(tech, ME)).isFalse();
        assertThat(WorkOrderAction.COMMENT.permits(tech, null)).isTrue();
        assertThat(WorkOrderAction.COMMENT.permits(custodian, null)).isTrue();
        // INTEGRATION comments only with an API client's token (work-orders:write); the security chain refuses the
        // writes of INTEGRATION password logins before any action is asked (ApiClientIntegrationTest).
        assertThat(WorkOrderAction.COMMENT.permits(integration, null)).isTrue();
    }

    @Test
    void allowedActionsCombineStatusRoleAndAssignee() {
        assertThat(WorkOrderAction.allowed(caller(Role.AGENT), NEW, null))
                .containsExactly(WorkOrderAction.EDIT, WorkOrderAction.ASSIGN, WorkOrderAction.COMMENT);
        assertThat(WorkOrderAction.allowed(caller(Role.MANAGER), NEW, null))
                .containsExactly(WorkOrderAction.EDIT, WorkOrderAction.ASSIGN, WorkOrderAction.CANCEL, WorkOrderAction.COMMENT);
        assertThat(WorkOrderAction.allowed(caller(Role.TECHNICIAN), ASSIGNED, ME))
                .containsExactly(WorkOrderAction.START, WorkOrderAction.COMMENT);
        assertThat(WorkOrderAction.allowed(caller(Role.TECHNICIAN), IN_PROGRESS, ME))
                .containsExactly(WorkOrderAction.HOLD, WorkOrderAction.COMPLETE, WorkOrderAction.COMMENT);
        assertThat(WorkOrderAction.allowed(caller(Role.AGENT), COMPLETED, SOMEONE_ELSE))
                .containsExactly(WorkOrderAction.EDIT, WorkOrderAction.RETURN_VISIT, WorkOrderAction.REOPEN, WorkOrderAction.COMMENT);
        assertThat(WorkOrderAction.allowed(caller(Role.MANAGER), CANCELLED, null)).containsExactly(WorkOrderAction.COMMENT);
        // 返修: a reopened order goes back to its technician, who can start the rework (not only comment) …
        assertThat(WorkOrderAction.allowed(caller(Role.TECHNICIAN), REOPENED, ME))
                .containsExactly(WorkOrderAction.START, WorkOrderAction.COMMENT);
        // … and the desk can re-dispatch it (改派) to someone else.
        assertThat(WorkOrderAction.allowed(caller(Role.AGENT), REOPENED, SOMEONE_ELSE))
                .containsExactly(WorkOrderAction.EDIT, WorkOrderAction.ASSIGN, WorkOrderAction.COMMENT);
        assertThat(WorkOrderAction.allowed(caller(Role.INTEGRATION), NEW, null)).isEmpty();
    }
}
