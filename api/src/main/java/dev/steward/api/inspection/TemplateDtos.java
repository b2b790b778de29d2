package dev.steward.api.inspection;

import dev.steward.api.contract.model.InspectionCheckPointDto;
import dev.steward.api.contract.model.InspectionCheckPointInputDto;
import dev.steward.api.contract.model.InspectionConsequencesDto;
import dev.steward.api.contract.model.InspectionItemDto;
import dev.steward.api.contract.model.InspectionItemInputDto;
import dev.steward.api.contract.model.InspectionItemKindDto;
import dev.steward.api.contract.model.InspectionSectionDto;
import dev.steward.api.contract.model.InspectionSectionInputDto;
import dev.steward.api.contract.model.InspectionTemplateDraftDto;
import dev.steward.api.contract.model.InspectionTemplateDto;
import dev.steward.api.contract.model.InspectionTemplateSummaryDto;
import dev.steward.api.contract.model.InspectionTemplateVersionDto;
import dev.steward.api.contract.model.LocalizedTextDto;
import java.math.BigDecimal;

/** Rubric records ⇄ contract DTOs. Numbers travel as doubles and are read back by their shortest decimal form (58.33). */
final class TemplateDtos {

    private TemplateDtos() {}

    static Rubric rubric(InspectionTemplateDraftDto d) {
        return new Rubric(text(d.getName()), text(d.getDescription()), consequences(d.getConsequences()),
                d.getSections().stream().map(TemplateDtos::section).toList());
    }

    private static Rubric.Section section(InspectionSectionInputDto s) {
        return new Rubric.Section(null, s.getCode(), text(s.getName()), decimal(s.getWeightPercent()),
                s.getItems().stream().map(TemplateDtos::item).toList());
    }

    private static Rubric.Item item(InspectionItemInputDto i) {
        return new Rubric.Item(null, i.getCode(), text(i.getName()), Rubric.Kind.valueOf(i.getKind().getValue()), decimal(i.getMaxPoints()),
                i.getCheckPoints().stream().map(c -> new Rubric.CheckPoint(null, c.getCode(), text(c.getText()), decimal(c.getDeductionMin()),
                        decimal(c.getDeductionMax()))).toList());
    }

    private static Rubric.Consequences consequences(InspectionConsequencesDto c) {
        return c == null ? null : new Rubric.Consequences(text(c.getExcellent()), text(c.getGood()), text(c.getFail()), text(c.getTeamBonus()));
    }

    static InspectionTemplateDraftDto draft(Rubric r) {
        return new InspectionTemplateDraftDto().name(text(r.name())).description(text(r.description()))
                .consequences(consequences(r.consequences()))
                .sections(r.sections().stream().map(s -> new InspectionSectionInputDto().code(s.code()).name(text(s.name()))
                        .weightPercent(number(s.weightPercent()))
                        .items(s.items().stream().map(i -> new InspectionItemInputDto().code(i.code()).name(text(i.name()))
                                .kind(InspectionItemKindDto.fromValue(i.kind().name())).maxPoints(number(i.maxPoints()))
                                .checkPoints(i.checkPoints().stream().map(c -> new InspectionCheckPointInputDto().code(c.code()).text(text(c.text()))
                                        .deductionMin(number(c.deductionMin())).deductionMax(number(c.deductionMax()))).toList()))
                                .toList()))
                        .toList());
    }

    static InspectionTemplateVersionDto version(TemplateVersion v) {
        Rubric r = v.rubric();
        return new InspectionTemplateVersionDto().id(v.id()).templateId(v.templateId()).number(v.number()).name(text(r.name()))
                .description(text(r.description())).consequences(consequences(RubricRules.withDefaults(r.consequences())))
                .checkPointCount(r.checkPointCount()).publishedAt(v.publishedAt()).publishedById(v.publishedBy())
                .sections(r.sections().stream().map(s -> new InspectionSectionDto().id(s.id()).code(s.code()).name(text(s.name()))
                        .weightPercent(number(s.weightPercent()))
                        .maxPoints(number(s.items().stream().map(Rubric.Item::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add)))
                        .items(s.items().stream().map(i -> new InspectionItemDto().id(i.id()).code(i.code()).name(text(i.name()))
                                .kind(InspectionItemKindDto.fromValue(i.kind().name())).maxPoints(number(i.maxPoints()))
                                .checkPoints(i.checkPoints().stream().map(c -> new InspectionCheckPointDto().id(c.id()).code(c.code())
                                        .text(text(c.text())).deductionMin(number(c.deductionMin())).deductionMax(number(c.deductionMax())))
                                        .toList()))
                                .toList()))
                        .toList());
    }

    static InspectionTemplateDto template(TemplateService.Template t) {
        TemplateRepository.Row r = t.row();
        return new InspectionTemplateDto().id(r.id()).code(r.code()).name(text(r.name()))
                .currentVersion(t.current() == null ? null : version(t.current())).draft(t.draft() == null ? null : draft(t.draft()))
                .inspectionCount(r.inspectionCount()).version(r.version()).createdAt(r.createdAt()).updatedAt(r.updatedAt());
    }

    static InspectionTemplateSummaryDto summary(TemplateRepository.Row r) {
        return new InspectionTemplateSummaryDto().id(r.id()).code(r.code()).name(text(r.name())).currentVersionId(r.currentVersionId())
                .currentVersionNumber(r.currentNumber()).sectionCount(r.sectionCount()).itemCount(r.itemCount())
                .checkPointCount(r.checkPointCount()).hasDraft(r.draft() != null).inspectionCount(r.inspectionCount()).updatedAt(r.updatedAt());
    }

    private static InspectionConsequencesDto consequences(Rubric.Consequences c) {
        return c == null ? null : new InspectionConsequencesDto().excellent(text(c.excellent())).good(text(c.good())).fail(text(c.fail()))
                .teamBonus(text(c.teamBonus()));
    }

    static LocalizedTextDto text(Rubric.Text t) {
        return t == null ? null : new LocalizedTextDto(t.zh(), t.en());
    }

    static Rubric.Text text(LocalizedTextDto t) {
        return t == null ? null : new Rubric.Text(t.getZh() == null ? null : t.getZh().strip(), t.getEn() == null ? null : t.getEn().strip());
    }

    static BigDecimal decimal(Double d) {
        return d == null ? null : BigDecimal.valueOf(d);
    }

    static Double number(BigDecimal d) {
        return d == null ? null : d.doubleValue();
    }
}
