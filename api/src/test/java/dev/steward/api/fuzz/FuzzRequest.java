package dev.steward.api.fuzz;

import java.util.List;
import java.util.Map;

/** One request the fuzzer sends, with the mutations that made it (printed when it fails, to replay it). */
record FuzzRequest(String operationId, int index, String method, String pathAndQuery, Map<String, String> headers, String body,
        List<String> mutations) {

    String describe() {
        String shownBody = body == null ? "(none)" : body.length() > 400 ? body.substring(0, 400) + "… (" + body.length() + " chars)" : body;
        String shownPath = pathAndQuery.length() > 400 ? pathAndQuery.substring(0, 400) + "…" : pathAndQuery;
        Map<String, String> shownHeaders = new java.util.TreeMap<>();
        headers.forEach((k, v) -> shownHeaders.put(k, "Authorization".equals(k) ? v.substring(0, Math.min(v.length(), 20)) + "…"
                : v.length() > 100 ? v.substring(0, 100) + "…" : v));
        return operationId + " #" + index + " " + method + " " + shownPath + " headers=" + shownHeaders + " body=" + shownBody.replace("\u0000", "\\u0000")
                + " mutations=" + mutations;
    }
}
