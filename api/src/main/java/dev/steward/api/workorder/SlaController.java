package dev.steward.api.workorder;

import dev.steward.api.contract.SlaApi;
import dev.steward.api.contract.model.CalendarDayDto;
import dev.steward.api.contract.model.SlaDeadlineDto;
import dev.steward.api.contract.model.SlaPolicyDto;
import dev.steward.api.contract.model.SlaPolicyUpdateDto;
import dev.steward.api.contract.model.SlaRuleDto;
import dev.steward.api.contract.model.WorkOrderPriorityDto;
import dev.steward.api.contract.model.WorkOrderTypeDto;
import dev.steward.api.contract.model.WorkingCalendarDto;
import dev.steward.api.contract.model.WorkingCalendarImportDto;
import dev.steward.api.contract.model.WorkingCalendarUpdateDto;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.ProjectScope;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class SlaController implements SlaApi {

    private final SlaSettings settings;
    private final WorkingCalendars calendars;
    private final ProjectScope scope;

    SlaController(SlaSettings settings, WorkingCalendars calendars, ProjectScope scope) {
        this.settings = settings;
        this.calendars = calendars;
        this.scope = scope;
    }

    @Override
    public Mono<ResponseEntity<SlaPolicyDto>> getSlaPolicy(UUID projectId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> settings.get(c, projectId)).map(v -> ResponseEntity.ok(toDto(v)));
    }

    @Override
    public Mono<ResponseEntity<SlaPolicyDto>> replaceSlaPolicy(UUID projectId, Mono<SlaPolicyUpdateDto> body, ServerWebExchange exchange) {
        return body.flatMap(b -> scope.current().flatMap(c -> settings.replace(c, projectId, b.getRules().stream()
                        .map(r -> new SlaSettings.RuleInput(r.getType().getValue(), r.getPriority().getValue(),
                                input(r.getResponse()), input(r.getResolution())))
                        .toList())))
                .map(v -> ResponseEntity.ok(toDto(v)));
    }

    @Override
    public Mono<ResponseEntity<WorkingCalendarDto>> getWorkingCalendar(UUID projectId, Integer year, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> calendars.calendar(c, projectId, year)).map(v -> ResponseEntity.ok(toDto(v)));
    }

    @Override
    public Mono<ResponseEntity<WorkingCalendarDto>> replaceWorkingCalendar(UUID projectId, Integer year,
            Mono<WorkingCalendarUpdateDto> body, ServerWebExchange exchange) {
        return body.flatMap(b -> scope.current().flatMap(c -> calendars.replace(c, projectId, year, days(b.getDays()))))
                .map(v -> ResponseEntity.ok(toDto(v)));
    }

    @Override
    public Mono<ResponseEntity<WorkingCalendarDto>> importWorkingCalendar(UUID projectId, Mono<WorkingCalendarImportDto> body,
            ServerWebExchange exchange) {
        return body.flatMap(b -> scope.current().flatMap(c -> calendars.importYear(c, projectId, b.getYear(), b.getText())))
                .map(v -> ResponseEntity.ok(toDto(v)));
    }

    private static List<SlaSettingsRepository.CalendarDay> days(List<CalendarDayDto> days) {
        List<SlaSettingsRepository.CalendarDay> parsed = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarDayDto d = days.get(i);
            try {
                parsed.add(new SlaSettingsRepository.CalendarDay(LocalDate.parse(d.getDate()), d.getWorking(), d.getNote()));
            } catch (DateTimeParseException e) {
                throw ApiException.invalidField("days[" + i + "].date", "is not a calendar date (YYYY-MM-DD)");
            }
        }
        return parsed;
    }

    private static SlaSettings.DeadlineInput input(SlaDeadlineDto d) {
        return new SlaSettings.DeadlineInput(d.getMinutes(), d.getEndOfDayPlusDays());
    }

    private static SlaPolicyDto toDto(SlaSettings.PolicyView view) {
        List<SlaRuleDto> rules = new ArrayList<>();
        for (String type : SlaPolicy.TYPES) {
            for (String priority : SlaPolicy.PRIORITIES) {
                SlaPolicy.Rule rule = view.policy().rule(type, priority);
                rules.add(new SlaRuleDto(WorkOrderTypeDto.fromValue(type), WorkOrderPriorityDto.fromValue(priority),
                        toDto(rule.response()), toDto(rule.resolution())));
            }
        }
        return new SlaPolicyDto(view.projectId(), view.customized(), rules);
    }

    private static SlaDeadlineDto toDto(SlaPolicy.Deadline deadline) {
        return deadline instanceof SlaPolicy.Within w
                ? new SlaDeadlineDto().minutes((int) w.duration().toMinutes())
                : new SlaDeadlineDto().endOfDayPlusDays(((SlaPolicy.EndOfDay) deadline).daysLater());
    }

    private static WorkingCalendarDto toDto(WorkingCalendars.CalendarView view) {
        return new WorkingCalendarDto(view.projectId(), view.year(), view.days().stream()
                .map(d -> new CalendarDayDto(d.day().toString(), d.working()).note(d.note()))
                .toList(), view.workingDayCount(), WorkingCalendarDto.SourceEnum.fromValue(view.source().name()));
    }
}
