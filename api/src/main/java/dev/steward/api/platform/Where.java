package dev.steward.api.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** AND-ed predicates with numbered parameters: each {@code $?} becomes the next {@code $n}. */
public final class Where {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    /** The predicates so far, AND-ed (empty when none). */
    public String sql() {
        return sql.toString();
    }

    public void and(String condition, Object... args) {
        StringBuilder c = new StringBuilder();
        int from = 0;
        int at;
        int used = 0;
        while ((at = condition.indexOf("$?", from)) >= 0) {
            c.append(condition, from, at).append('$').append(values.size() + 1);
            values.add(args[used++]);
            from = at + 2;
        }
        c.append(condition.substring(from));
        if (used != args.length) {
            throw new IllegalArgumentException("placeholders and values differ: " + condition);
        }
        sql.append(sql.isEmpty() ? "" : " and ").append(c);
    }

    /** A parameter outside the predicates (e.g. the limit): its placeholder. */
    public String param(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    public void andIf(Object value, String condition) {
        if (value != null) {
            and(condition, value);
        }
    }

    public GenericExecuteSpec bind(GenericExecuteSpec spec) {
        for (int i = 0; i < values.size(); i++) {
            spec = spec.bind(i, values.get(i));
        }
        return spec;
    }
}
