package dev.steward.api.platform;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RestController;

/**
 * Start-up work that Hibernate Validator would otherwise do on an event loop: it reads its message bundle from a jar
 * on the first constraint violation, and builds each request and controller class's metadata on first use — under a lock that
 * simultaneous first requests (e.g. fifty residents answering at once) would wait on. Both are done here, once.
 */
@Component
public class ValidationWarmUp {

    private static final String CONTRACT_MODELS = "dev.steward.api.contract.model";

    private final Validator validator;
    private final ApplicationContext context;

    public ValidationWarmUp(Validator validator, ApplicationContext context) {
        this.validator = validator;
        this.context = context;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void warmUp() {
        validator.validate(new Probe(null));
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        for (BeanDefinition model : scanner.findCandidateComponents(CONTRACT_MODELS)) {
            Class<?> type = ClassUtils.resolveClassName(model.getBeanClassName(), getClass().getClassLoader());
            if (!type.isInterface() && !type.isEnum()) {
                validator.getConstraintsForClass(type);
            }
        }
        // Controllers' parameters are validated as method calls: their classes have metadata too.
        for (Object controller : context.getBeansWithAnnotation(RestController.class).values()) {
            validator.getConstraintsForClass(AopUtils.getTargetClass(controller));
        }
    }

    record Probe(@NotNull String value) {}
}
