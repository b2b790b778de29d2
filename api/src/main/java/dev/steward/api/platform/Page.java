package dev.steward.api.platform;

import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** One page of a keyset-paginated list. Repositories fetch {@code limit + 1} rows to know if more exist. */
public record Page<T>(List<T> items, String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static int limit(Integer requested) {
        int limit = requested == null ? DEFAULT_LIMIT : requested;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    public static <T> Mono<Page<T>> of(Flux<T> rowsPlusOne, int limit, Function<T, String> cursorOf) {
        return rowsPlusOne.collectList().map(rows -> {
            if (rows.size() <= limit) {
                return new Page<>(rows, null);
            }
            List<T> items = rows.subList(0, limit);
            return new Page<>(List.copyOf(items), cursorOf.apply(items.get(limit - 1)));
        });
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), nextCursor);
    }
}
