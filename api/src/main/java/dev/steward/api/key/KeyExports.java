package dev.steward.api.key;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.ListExport;
import dev.steward.api.platform.Page;
import dev.steward.api.platform.Phones;
import dev.steward.api.property.Projects;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The key ledger, the checkouts and a stock-take's report as files ({@link ListExport}). The lists are read through their
 * own page reads, so their filters, a technician's own view and project scope apply unchanged.
 */
@Component
class KeyExports {

    private static final ListExport.Layout KEYS = new ListExport.Layout("keys", "Keys", List.of("编号 Code", "类型 Type",
            "对应房号/设施 Opens", "份数 Copies", "钥匙柜 Cabinet", "格位 Slot", "状态 Status", "保管人 Custodian", "借用人 Holder",
            "应还时间 Due back", "逾期 Overdue", "委托有效 Authorization valid", "委托有效期至 Valid until", "时区 Time zone"));
    private static final ListExport.Layout CHECKOUTS = new ListExport.Layout("key-checkouts", "Checkouts", List.of("钥匙 Key",
            "类型 Type", "对应房号/设施 Opens", "借用人 Borrower", "单位 Company", "电话 Phone", "事由 Purpose", "工单 Work order",
            "紧急 Emergency", "紧急原因 Emergency reason", "批准人 Approved by", "发放人 Issued by", "借出时间 Checked out", "应还时间 Due",
            "归还时间 Returned", "接收人 Returned to", "归还状况 Condition", "逾期 Overdue", "备注 Notes", "时区 Time zone"));
    private static final ListExport.Layout STOCKTAKE = new ListExport.Layout("key-stocktake", "Stock-take", List.of("结果 Finding",
            "钥匙 Key", "类型 Type", "对应房号/设施 Opens", "钥匙柜 Cabinet", "应在格位 Expected slot", "扫描格位 Scanned slot",
            "借用人 Holder", "扫描时间 Scanned at", "扫描人 Scanned by", "时区 Time zone"));
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final KeyService keys;
    private final KeyCheckoutService checkouts;
    private final KeyStocktakeService stocktakes;
    private final Projects projects;
    private final ListExport export;

    KeyExports(KeyService keys, KeyCheckoutService checkouts, KeyStocktakeService stocktakes, Projects projects, ListExport export) {
        this.keys = keys;
        this.checkouts = checkouts;
        this.stocktakes = stocktakes;
        this.projects = projects;
        this.export = export;
    }

    Mono<Void> keys(ServerHttpResponse response, Caller caller, KeyService.Filters filters, String format) {
        return list(response, caller, format, KEYS, cursor -> keys.list(caller, filters, Page.MAX_LIMIT, cursor, null), (v, zones) -> {
            Key k = v.key();
            ZoneId zone = zones.getOrDefault(k.projectId(), DEFAULT_ZONE);
            KeyCheckout open = v.openCheckout();
            return Arrays.asList(k.code(), k.type(), k.label(), Integer.toString(k.copies()), k.cabinetName(), number(k.slot()),
                    k.status().name(), k.custodianName(), open == null ? null : open.borrowerName(),
                    time(open == null ? null : open.dueAt(), zone), flag(v.overdue()), v.deposit() == null ? null : flag(v.depositValid()),
                    v.deposit() == null ? null : v.deposit().validUntil().toString(), zone.getId());
        });
    }

    Mono<Void> checkouts(ServerHttpResponse response, Caller caller, KeyCheckoutService.Filters filters, String format) {
        return list(response, caller, format, CHECKOUTS, cursor -> checkouts.list(caller, filters, Page.MAX_LIMIT, cursor, null), (v, zones) -> {
            KeyCheckout c = v.checkout();
            ZoneId zone = zones.getOrDefault(c.projectId(), DEFAULT_ZONE);
            String phone = c.borrowerPhone() == null || v.fullPhone() ? c.borrowerPhone() : Phones.mask(c.borrowerPhone());
            return Arrays.asList(c.keyCode(), c.keyType(), c.keyLabel(), c.borrowerName(), c.borrowerCompany(), phone, c.purpose(),
                    c.workOrderCode(), flag(c.emergency()), c.emergencyReason(), c.approvedByName(), c.issuedByName(),
                    time(c.checkedOutAt(), zone), time(c.dueAt(), zone), time(c.returnedAt(), zone), c.returnedToName(), c.condition(),
                    flag(v.overdue()), c.notes(), zone.getId());
        });
    }

    /** One stock-take's report: its findings (missing or not yet scanned, wrong slot, out on loan, unknown), then every scan. */
    Mono<Void> stocktake(ServerHttpResponse response, Caller caller, UUID id, String format) {
        ListExport.Format f = ListExport.Format.of(format);
        Flux<List<String>> rows = Mono.defer(() -> stocktakes.get(caller, id))
                .flatMap(s -> projects.zones(List.of(s.summary().projectId()))
                        .map(z -> Map.entry(s, z.getOrDefault(s.summary().projectId(), DEFAULT_ZONE))))
                .flatMapMany(e -> {
                    KeyStocktake s = e.getKey();
                    ZoneId zone = e.getValue();
                    String missing = "OPEN".equals(s.summary().status()) ? "NOT_SCANNED" : "MISSING";
                    return Flux.concat(
                            Flux.fromIterable(s.missing()).map(l -> line(missing, l, zone)),
                            Flux.fromIterable(s.wrongSlot()).map(l -> line("WRONG_SLOT", l, zone)),
                            Flux.fromIterable(s.checkedOut()).map(l -> line("OUT_ON_LOAN", l, zone)),
                            Flux.fromIterable(s.unknown()).map(x -> scan(x.result(), x, zone)),
                            Flux.fromIterable(s.scans()).map(x -> scan("SCAN " + x.result(), x, zone)));
                });
        return export.write(response, f, STOCKTAKE, rows);
    }

    private <T> Mono<Void> list(ServerHttpResponse response, Caller caller, String format, ListExport.Layout layout,
            Function<String, Mono<Page<T>>> page, Row<T> row) {
        ListExport.Format f = ListExport.Format.of(format);
        return projects.zones(Arrays.asList(caller.projectIdArray()))
                .flatMap(zones -> export.write(response, f, layout, ListExport.pages(page).map(v -> row.of(v, zones))));
    }

    private interface Row<T> {
        List<String> of(T item, Map<UUID, ZoneId> zones);
    }

    private static List<String> line(String finding, KeyStocktake.Line l, ZoneId zone) {
        return Arrays.asList(finding, l.code(), l.type(), l.label(), l.cabinetName(), number(l.expectedSlot()), number(l.scannedSlot()),
                l.holderName(), null, null, zone.getId());
    }

    private static List<String> scan(String finding, KeyStocktake.Scan x, ZoneId zone) {
        return Arrays.asList(finding, x.keyCode(), null, null, null, number(x.expectedSlot()), number(x.slot()), null,
                time(x.scannedAt(), zone), x.scannedByName(), zone.getId());
    }

    private static String time(OffsetDateTime t, ZoneId zone) {
        return ListExport.time(t, zone);
    }

    private static String number(Integer n) {
        return n == null ? null : n.toString();
    }

    private static String flag(boolean yes) {
        return yes ? "Y" : "";
    }
}
