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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

/** Every one of the 8 × 8 (from, to) pairs, checked against the transition table written out by hand. */
class WorkOrderStatusTest {

    private static final Map<WorkOrderStatus, Set<WorkOrderStatus>> LEGAL = Map.of(
            NEW, EnumSet.of(ASSIGNED, CANCELLED),
            ASSIGNED, EnumSet.of(ASSIGNED, IN_PROGRESS, CANCELLED),
            IN_PROGRESS, EnumSet.of(ON_HOLD, COMPLETED),
            ON_HOLD, EnumSet.of(IN_PROGRESS),
            COMPLETED, EnumSet.of(CLOSED, REOPENED),
            CLOSED, EnumSet.of(REOPENED),
            REOPENED, EnumSet.of(ASSIGNED, IN_PROGRESS, CANCELLED),
            CANCELLED, EnumSet.noneOf(WorkOrderStatus.class));

    static Stream<Arguments> allPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (WorkOrderStatus from : WorkOrderStatus.values()) {
            for (WorkOrderStatus to : WorkOrderStatus.values()) {
                pairs.add(Arguments.of(from, to, LEGAL.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} → {1}: legal = {2}")
    @MethodSource("allPairs")
    void everyPairIsLegalExactlyWhenTheTableSaysSo(WorkOrderStatus from, WorkOrderStatus to, boolean legal) {
        assertThat(from.canBecome(to)).isEqualTo(legal);
        if (legal) {
            assertThatCode(() -> from.requireTransition(to, WorkOrderAction.ASSIGN)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> from.requireTransition(to, WorkOrderAction.ASSIGN))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(e.code()).isEqualTo("WORK_ORDER_ILLEGAL_TRANSITION");
                        assertThat(e.getMessage()).contains("from " + from).contains("to " + to);
                    });
        }
    }

    @Test
    void theTableCoversEveryStatusAndOnlyCancelledIsADeadEnd() {
        assertThat(LEGAL).containsOnlyKeys(WorkOrderStatus.values());
        for (WorkOrderStatus s : WorkOrderStatus.values()) {
            assertThat(s.next().isEmpty()).as(s.name()).isEqualTo(s == CANCELLED);
        }
        assertThat(EnumSet.allOf(WorkOrderStatus.class).stream().filter(WorkOrderStatus::isFinal)).containsExactlyInAnyOrder(CLOSED, CANCELLED);
    }

    @Test
    void everyStatusIsReachableFromNew() {
        Set<WorkOrderStatus> reached = EnumSet.of(NEW);
        boolean grew = true;
        while (grew) {
            Set<WorkOrderStatus> next = EnumSet.copyOf(reached);
            reached.forEach(s -> next.addAll(s.next()));
            grew = next.size() > reached.size();
            reached = next;
        }
        assertThat(reached).containsExactlyInAnyOrder(WorkOrderStatus.values());
    }
}
