package dev.steward.api.quality;

import dev.steward.api.quality.QualityModel.DrillDown;
import dev.steward.api.quality.QualityModel.Figure;
import dev.steward.api.quality.QualityModel.Inputs;
import dev.steward.api.survey.SurveyIndexes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The survey index, its dimensions and NPS of the campaigns that opened in the period: each campaign scored by the survey
 * module as its results page scores it ({@link SurveyIndexes}), then several campaigns' values weighted by their responses
 * (one campaign: its own values). A building group uses the building's index and dimensions of each campaign, weighted by
 * the building's responses (no NPS per building).
 */
final class SurveyFigures {

    private SurveyFigures() {}

    static void add(Inputs in, QualityFigures.Drill d, List<Figure> f) {
        Weighted index = new Weighted();
        Weighted nps = new Weighted();
        Map<String, Weighted> dimensions = new LinkedHashMap<>();
        SurveyIndexes.DIMENSIONS.forEach(k -> dimensions.put(k, new Weighted()));
        boolean building = !in.buildingIndices.isEmpty();
        if (building) {
            for (SurveyIndexes.BuildingIndex b : in.buildingIndices) {
                index.add(b.index(), b.responses());
                b.dimensions().forEach(x -> dimensions.get(x.dimension()).add(x.index(), b.responses()));
            }
        } else {
            for (SurveyIndexes.CampaignIndex c : in.campaigns) {
                index.add(c.index(), c.responses());
                nps.add(c.nps(), c.responses());
                c.dimensions().forEach(x -> dimensions.get(x.dimension()).add(x.index(), c.responses()));
            }
        }
        DrillDown drill = d.campaignId() != null ? new DrillDown("/api/v1/survey-campaigns/" + d.campaignId() + "/results", Map.of())
                : d.at("/api/v1/survey-campaigns");
        f.add(new Figure("surveyIndex", index.value(), null, index.weight, null, null, null, drill));
        f.add(new Figure("surveyNps", building ? null : nps.value(), null, building ? null : nps.weight, null, null, null, drill));
        dimensions.forEach((k, w) -> f.add(new Figure(QualityModel.dimensionKey(k), w.value(), null, w.weight, null, null, null, drill)));
    }

    /** A mean weighted by responses, of the values that exist. */
    private static final class Weighted {
        double sum;
        long weight;

        void add(Double value, int responses) {
            if (value != null) {
                sum += value * responses;
                weight += responses;
            }
        }

        Double value() {
            return weight == 0 ? null : QualityFigures.round(sum / weight, 1);
        }
    }
}
