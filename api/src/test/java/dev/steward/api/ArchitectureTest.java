package dev.steward.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** DESIGN.md's layering, checked on every build. */
@AnalyzeClasses(packages = "dev.steward.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule repositoriesAreNotPublic = classes().that().areAnnotatedWith(Repository.class)
            .should().notBePublic()
            .because("a feature talks to another only through its public facade, never through its repository");

    @ArchTest
    static final ArchRule controllersDoNotTouchRepositories = noClasses().that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .because("controllers map DTOs; rules and data access live in services");

    @ArchTest
    static final ArchRule controllersImplementTheContract = classes().that().areAnnotatedWith(RestController.class)
            .should().implement(com.tngtech.archunit.base.DescribedPredicate.describe("a generated contract interface",
                    c -> c.getPackageName().equals("dev.steward.api.contract")))
            .because("routes come from openapi.yaml");

    @ArchTest
    static final ArchRule platformDoesNotDependOnFeatures = noClasses().that().resideInAPackage("dev.steward.api.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.steward.api.identity..", "dev.steward.api.property..",
                    "dev.steward.api.demo..")
            .because("platform is the shared base");

    @ArchTest
    static final ArchRule noBlockingInRequestCode = noClasses().that().resideOutsideOfPackage("dev.steward.api.demo..")
            .should().callMethod(reactor.core.publisher.Mono.class, "block")
            .orShould().callMethod(reactor.core.publisher.Flux.class, "blockFirst")
            .orShould().callMethod(reactor.core.publisher.Flux.class, "blockLast")
            .orShould().callMethod(Thread.class, "sleep", long.class)
            .because("nothing may block an event-loop thread (demo seeding runs once, on the start-up thread)");
}
