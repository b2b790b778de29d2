package dev.steward.api.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The custody rules one by one, without a database. */
class KeyRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final UUID UNIT = UUID.randomUUID();
    private static final UUID TECH = UUID.randomUUID();
    private static final UUID MANAGER = UUID.randomUUID();

    private static Key key(String type) {
        return new Key(UUID.randomUUID(), UUID.randomUUID(), "SG-K-0001", type, "UNIT".equals(type) ? UNIT : null, null,
                "UNIT".equals(type) ? null : "泵房", 1, null, null, null, null, null, KeyStatus.AVAILABLE, null, 0,
                OffsetDateTime.now(), OffsetDateTime.now());
    }

    private static KeyDeposit deposit(LocalDate validUntil, List<String> roles, String contractor) {
        return new KeyDeposit(UUID.randomUUID(), UUID.randomUUID(), "业主", "13800000000", "WT-1", validUntil, roles, contractor, null,
                null, OffsetDateTime.now(), MANAGER, "张经理");
    }

    private static final KeyRules.Borrower TECHNICIAN = new KeyRules.Borrower(TECH, Set.of(Role.TECHNICIAN), "赵师傅", null);
    private static final KeyRules.Approver APPROVER = new KeyRules.Approver(MANAGER, Set.of(Role.MANAGER));

    private static KeyRules.Request unitRequest(KeyRules.Borrower b, KeyRules.Approver a, Duration loan, KeyDeposit d, KeyRules.Order o,
            boolean emergency) {
        return new KeyRules.Request(key("UNIT"), b, a, NOW, NOW.plus(loan), d, TODAY, o, emergency);
    }

    private static String code(KeyRules.Request r) {
        try {
            KeyRules.check(r);
            return "OK";
        } catch (ApiException e) {
            return e.code();
        }
    }

    @Test
    void aHomeKeyGoesOutOnlyWithAValidAuthorizationForTheRightPersonAndAWorkOrderOfThatUnit() {
        KeyDeposit valid = deposit(TODAY, List.of("TECHNICIAN"), null);
        KeyRules.Order order = new KeyRules.Order(UNIT, true);
        assertThat(code(unitRequest(TECHNICIAN, APPROVER, Duration.ofHours(4), valid, order, false))).isEqualTo("OK");
        assertThat(code(unitRequest(TECHNICIAN, APPROVER, Duration.ofMinutes(241), valid, order, false))).isEqualTo("KEY_DUE_TOO_LATE");
        assertThat(code(unitRequest(TECHNICIAN, APPROVER, Duration.ofHours(1), null, order, false))).isEqualTo("KEY_NO_VALID_AUTHORIZATION");
        assertThat(code(unitRequest(TECHNICIAN, APPROVER, Duration.ofHours(1), deposit(TODAY.minusDays(1), List.of("TECHNICIAN"), null),
                order, false))).isEqualTo("KEY_NO_VALID_AUTHORIZATION");
        assertThat(code(unitRequest(TECHNICIAN, APPROVER, Duration.ofHours(1), deposit(TODAY, List.of("MANAGER"), null), order, false)))
                .isEqualTo("KEY_BORROWER_NOT_ALLOWED");
        assertThat(code(unitRequest(TECHNICIAN, APPROVER, Duration.ofHours(1), valid, null, false))).isEqualTo("KEY_WORK_ORDER_REQUIRED");
        assertThat(code(unitRequest(TECHNICIAN, APPROVER, Duration.ofHours(1), valid, null, true))).isEqualTo("OK");
        assertThat(code(unitRequest(TECHNICIAN, APPROVER, Duration.ofHours(1), valid, new KeyRules.Order(UUID.randomUUID(), true), false)))
                .isEqualTo("KEY_WORK_ORDER_MISMATCH");
        assertThat(code(unitRequest(TECHNICIAN, APPROVER, Duration.ofHours(1), valid, new KeyRules.Order(UNIT, false), false)))
                .isEqualTo("KEY_WORK_ORDER_MISMATCH");
    }

    @Test
    void theApproverIsASecondPersonWithAuthority() {
        KeyDeposit valid = deposit(TODAY, List.of("TECHNICIAN", "MANAGER"), null);
        KeyRules.Order order = new KeyRules.Order(UNIT, true);
        KeyRules.Borrower manager = new KeyRules.Borrower(MANAGER, Set.of(Role.MANAGER), "张经理", null);
        assertThat(code(unitRequest(manager, APPROVER, Duration.ofHours(1), valid, order, false))).isEqualTo("KEY_APPROVER_IS_BORROWER");
        assertThat(code(unitRequest(TECHNICIAN, new KeyRules.Approver(UUID.randomUUID(), Set.of(Role.AGENT)), Duration.ofHours(1), valid,
                order, false))).isEqualTo("KEY_APPROVER_NOT_AUTHORIZED");
        assertThat(code(unitRequest(TECHNICIAN, new KeyRules.Approver(UUID.randomUUID(), Set.of(Role.KEY_CUSTODIAN)), Duration.ofHours(1),
                valid, order, false))).isEqualTo("OK");
    }

    @Test
    void aNamedContractorMatchesByNameOrCompanyIgnoringCaseAndSpaces() {
        KeyDeposit d = deposit(TODAY, List.of(), "安心家政");
        assertThat(KeyRules.allowedBy(d, new KeyRules.Borrower(null, Set.of(), "刘阿姨", " 安心家政 "))).isTrue();
        assertThat(KeyRules.allowedBy(d, new KeyRules.Borrower(null, Set.of(), "刘阿姨", "别家"))).isFalse();
        assertThat(KeyRules.allowedBy(d, TECHNICIAN)).isFalse();
    }

    @Test
    void otherKeysHaveEightHoursAndKeepPrivateUseOut() {
        KeyRules.Borrower contractor = new KeyRules.Borrower(null, Set.of(), "陈工", "维保公司");
        KeyRules.Borrower agent = new KeyRules.Borrower(UUID.randomUUID(), Set.of(Role.AGENT), "李客服", null);
        assertThatCode(() -> KeyRules.check(new KeyRules.Request(key("EQUIPMENT_ROOM"), TECHNICIAN, APPROVER, NOW, NOW.plus(Duration.ofHours(8)),
                null, TODAY, null, false))).doesNotThrowAnyException();
        assertThat(code(new KeyRules.Request(key("EQUIPMENT_ROOM"), contractor, APPROVER, NOW, NOW.plusSeconds(60), null, TODAY, null, false)))
                .isEqualTo("KEY_BORROWER_NOT_ALLOWED");
        assertThat(code(new KeyRules.Request(key("EQUIPMENT_ROOM"), contractor, APPROVER, NOW, NOW.plusSeconds(60), null, TODAY,
                new KeyRules.Order(null, true), false))).isEqualTo("OK");
        assertThat(code(new KeyRules.Request(key("EQUIPMENT_ROOM"), agent, APPROVER, NOW, NOW.plusSeconds(60), null, TODAY, null, false)))
                .isEqualTo("KEY_BORROWER_NOT_ALLOWED");
        assertThat(code(new KeyRules.Request(key("VEHICLE"), contractor, APPROVER, NOW, NOW.plusSeconds(60), null, TODAY, null, false)))
                .isEqualTo("KEY_BORROWER_NOT_ALLOWED");
        assertThat(code(new KeyRules.Request(key("COMMON_AREA"), contractor, APPROVER, NOW, NOW.plus(Duration.ofMinutes(481)), null, TODAY,
                null, false))).isEqualTo("KEY_DUE_TOO_LATE");
        assertThatThrownBy(() -> KeyRules.check(new KeyRules.Request(key("OTHER"), contractor, APPROVER, NOW, NOW, null, TODAY, null, false)))
                .isInstanceOf(ApiException.class).hasMessageContaining("future");
    }
}
