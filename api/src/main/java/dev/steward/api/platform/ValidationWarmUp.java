package dev.steward.api.platform;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hibernate Validator reads its message bundle from a jar on the first constraint violation. Doing
 * that once at start-up keeps the file read off the event loop when the first bad request arrives.
 */
@Component
public class ValidationWarmUp {

    private final Validator validator;

    public ValidationWarmUp(Validator validator) {
        this.validator = validator;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void warmUp() {
        validator.validate(new Probe(null));
    }

    record Probe(@NotNull String value) {}
}
