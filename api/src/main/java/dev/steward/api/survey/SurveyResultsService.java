package dev.steward.api.survey;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Csv;
import dev.steward.api.platform.Xlsx;
import dev.steward.api.property.Projects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A campaign's results (the formulas of {@link SurveyScoring}) and its export for Excel. */
@Service
class SurveyResultsService {

    private static final TypeReference<Map<String, JsonNode>> ANSWERS = new TypeReference<>() {};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    record Building(UUID id, String name, int invitations, int responses, SurveyScoring.Scores scores) {}

    record Previous(SurveyRepository.Campaign campaign, SurveyScoring.Scores scores, Double responseRate) {}

    record Results(SurveyRepository.Campaign campaign, int invitations, Double responseRate, SurveyScoring.Scores scores,
            List<SurveyScoring.QuestionResult> questions, List<Building> buildings, Previous previous, Map<UUID, String> unitLabels) {}

    record Export(String filename, String contentType, byte[] body) {}

    private final SurveyRepository surveys;
    private final SurveyCampaignService campaigns;
    private final SurveyTemplateService templates;
    private final Projects projects;
    private final JsonMapper json;

    SurveyResultsService(SurveyRepository surveys, SurveyCampaignService campaigns, SurveyTemplateService templates, Projects projects,
            JsonMapper json) {
        this.projects = projects;
        this.surveys = surveys;
        this.campaigns = campaigns;
        this.templates = templates;
        this.json = json;
    }

    Mono<Results> results(Caller caller, UUID id) {
        SurveyRoles.requireReader(caller);
        return campaigns.visible(caller, id).flatMap(this::results);
    }

    Mono<Export> export(Caller caller, UUID id, String format) {
        SurveyRoles.requireReader(caller);
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw ApiException.invalidField("format", "must be csv or xlsx");
        }
        return campaigns.visible(caller, id).flatMap(c -> Mono.zip(results(c), surveys.responses(c.id()).collectList(),
                        projects.summary(c.projectId()).map(p -> ZoneId.of(p.timezone()))))
                // Building the file is CPU work on a few thousand rows: off the event loop.
                .publishOn(Schedulers.boundedElastic())
                .map(t -> "xlsx".equals(format) ? xlsx(t.getT1(), t.getT2(), t.getT3()) : csv(t.getT1(), t.getT2(), t.getT3()));
    }

    private Mono<Results> results(SurveyRepository.Campaign c) {
        List<Question> questions = templates.parse(c.questions());
        Mono<List<SurveyRepository.StoredResponse>> stored = surveys.responses(c.id()).collectList();
        Mono<List<SurveyRepository.UnitProgress>> progress = surveys.progress(c).collectList();
        Mono<Optional<Previous>> previous = surveys.previousClosed(c)
                .flatMap(p -> surveys.responses(p.id()).collectList().map(rs -> {
                    SurveyScoring.Scores s = SurveyScoring.scores(templates.parse(p.questions()), responses(rs));
                    return Optional.of(new Previous(p, s, rate(rs.size(), p.invitationCount())));
                }))
                .defaultIfEmpty(Optional.empty());
        return Mono.zip(stored, progress, previous).map(t -> {
            List<SurveyScoring.Response> all = responses(t.getT1());
            Map<UUID, Building> buildings = new LinkedHashMap<>();
            Map<UUID, String> names = new LinkedHashMap<>();
            Map<UUID, int[]> invited = new LinkedHashMap<>();
            Map<UUID, String> unitLabels = new LinkedHashMap<>();
            for (SurveyRepository.UnitProgress p : t.getT2()) {
                unitLabels.put(p.unit().unitId(), p.unit().unitLabel());
                names.put(p.unit().buildingId(), p.unit().buildingName());
                invited.computeIfAbsent(p.unit().buildingId(), b -> new int[1])[0] += p.invited() || p.answered() ? 1 : 0;
            }
            for (UUID b : names.keySet()) {
                List<SurveyScoring.Response> inBuilding = all.stream().filter(r -> b.equals(r.buildingId())).toList();
                buildings.put(b, new Building(b, names.get(b), invited.get(b)[0], inBuilding.size(),
                        SurveyScoring.scores(questions, inBuilding)));
            }
            int invitations = c.invitationCount();
            return new Results(c, invitations, rate(all.size(), invitations), SurveyScoring.scores(questions, all),
                    SurveyScoring.questions(questions, all), new ArrayList<>(buildings.values()), t.getT3().orElse(null), unitLabels);
        });
    }

    private List<SurveyScoring.Response> responses(List<SurveyRepository.StoredResponse> stored) {
        return stored.stream().map(r -> new SurveyScoring.Response(json.readValue(r.answers(), ANSWERS), r.buildingId())).toList();
    }

    static Double rate(int part, int whole) {
        return whole == 0 ? null : SurveyScoring.round((double) part / whole, 4);
    }

    // Export

    private List<String> header(List<Question> questions, boolean anonymous) {
        List<String> h = new ArrayList<>(List.of("时间 Time", "渠道 Channel", "楼栋 Building"));
        if (!anonymous) {
            h.add("房号 Unit");
        }
        questions.forEach(q -> h.add(q.id() + " " + q.text().zh()));
        return h;
    }

    private List<List<String>> rows(Results r, List<SurveyRepository.StoredResponse> stored, ZoneId zone) {
        List<Question> questions = templates.parse(r.campaign().questions());
        Map<UUID, String> buildingNames = new LinkedHashMap<>();
        r.buildings().forEach(b -> buildingNames.put(b.id(), b.name()));
        List<List<String>> rows = new ArrayList<>();
        for (SurveyRepository.StoredResponse s : stored) {
            Map<String, JsonNode> answers = json.readValue(s.answers(), ANSWERS);
            List<String> row = new ArrayList<>(List.of(TIME.format(s.createdAt().atZoneSameInstant(zone)), s.channel(),
                    buildingNames.getOrDefault(s.buildingId(), "")));
            if (!r.campaign().anonymous()) {
                row.add(s.unitId() == null ? "" : r.unitLabels().getOrDefault(s.unitId(), ""));
            }
            for (Question q : questions) {
                JsonNode v = answers.get(q.id());
                row.add(v == null ? "" : v.isArray() ? String.join(";", v.valueStream().map(JsonNode::asString).toList()) : v.asString());
            }
            rows.add(row);
        }
        return rows;
    }

    private List<List<String>> summary(Results r) {
        List<List<String>> s = new ArrayList<>();
        s.add(List.of("活动 Campaign", r.campaign().title()));
        s.add(List.of("邀请 Invitations", Integer.toString(r.invitations())));
        s.add(List.of("回复 Responses", Integer.toString(r.scores().responseCount())));
        s.add(List.of("回复率 Response rate", text(r.responseRate())));
        s.add(List.of("满意度指数 Satisfaction index", text(r.scores().index())));
        s.add(List.of("NPS", text(r.scores().nps().score())));
        r.scores().dimensions().forEach(d -> s.add(List.of(d.dimension().name(), text(d.index()), Integer.toString(d.answerCount()))));
        r.buildings().forEach(b -> s.add(List.of(b.name(), text(b.scores().index()), b.responses() + "/" + b.invitations())));
        return s;
    }

    private Export csv(Results r, List<SurveyRepository.StoredResponse> stored, ZoneId zone) {
        StringBuilder out = new StringBuilder(Csv.BOM);
        List<Question> questions = templates.parse(r.campaign().questions());
        Csv.line(out, header(questions, r.campaign().anonymous()));
        rows(r, stored, zone).forEach(row -> Csv.line(out, row));
        out.append("\r\n");
        summary(r).forEach(row -> Csv.line(out, row));
        return new Export(filename(r, "csv"), "text/csv;charset=UTF-8", out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Export xlsx(Results r, List<SurveyRepository.StoredResponse> stored, ZoneId zone) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(bytes, "Steward", "1.0")) {
            Worksheet responses = wb.newWorksheet("Responses");
            List<Question> questions = templates.parse(r.campaign().questions());
            Xlsx.row(responses, 0, header(questions, r.campaign().anonymous()));
            int row = 1;
            for (List<String> values : rows(r, stored, zone)) {
                Xlsx.row(responses, row++, values);
            }
            Worksheet summary = wb.newWorksheet("Summary");
            row = 0;
            for (List<String> values : summary(r)) {
                Xlsx.row(summary, row++, values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Export(filename(r, "xlsx"), Xlsx.CONTENT_TYPE, bytes.toByteArray());
    }


    private static String text(Double d) {
        return d == null ? "" : d.toString();
    }

    private static String filename(Results r, String ext) {
        return "survey-" + r.campaign().id() + "." + ext;
    }
}
