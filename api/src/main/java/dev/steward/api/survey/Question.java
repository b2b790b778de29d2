package dev.steward.api.survey;

import java.util.List;

/** One question of a template version, stored as JSON exactly in the contract's shape. */
record Question(String id, String type, String dimension, Text text, boolean required, List<Option> options, Double weight,
        ShowIf showIf) {

    record Text(String zh, String en) {}

    record Option(String value, Text label) {}

    record ShowIf(String questionId, int maxScore) {}

    boolean rating() {
        return "RATING_5".equals(type);
    }

    boolean nps() {
        return "NPS".equals(type);
    }

    boolean choice() {
        return "SINGLE_CHOICE".equals(type) || "MULTI_CHOICE".equals(type);
    }

    /** The highest score of a scored question (5 or 10); 0 for others. */
    int maxScore() {
        return rating() ? 5 : nps() ? 10 : 0;
    }

    List<Option> optionsOrEmpty() {
        return options == null ? List.of() : options;
    }
}
