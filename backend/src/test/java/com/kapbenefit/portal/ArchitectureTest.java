package com.kapbenefit.portal;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The package-by-feature boundaries, made executable: one allowlist of who may depend on whom, and no cycles. */
class ArchitectureTest {

    private static final String BASE = "com.kapbenefit.portal";
    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().notBePublic()
                .check(PORTAL);
    }

    @Test
    void entitiesAndRepositoriesStayInsideTheirContext() {
        classes().that().areAnnotatedWith(MappedEntity.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(PORTAL);
        classes().that().haveSimpleNameEndingWith("Repository")
                .should().notBePublic()
                .check(PORTAL);
    }

    /**
     * Every context and the only contexts it may depend on. A package missing here fails the build:
     * adding a context means deciding, in this table, who may know it. The care journey and the
     * clinicians' contexts never reach into each other's data; sponsorship, employers and reporting
     * never reach a member; only enrolment and the clinicians open the identity vault; only the
     * publishing job (aggregation) reads members' answers for reports, and nothing depends on it or on the demo.
     */
    private static final Map<String, Set<String>> MAY_DEPEND_ON = Map.ofEntries(
            Map.entry("shared", Set.of()),
            Map.entry("audit", Set.of("shared")),
            Map.entry("identity", Set.of("audit", "shared")),
            Map.entry("vault", Set.of("audit", "identity", "shared")),
            Map.entry("employer", Set.of("identity", "shared")),
            Map.entry("providers", Set.of("audit", "identity", "shared")),
            Map.entry("sponsorship", Set.of("audit", "employer", "identity", "shared")),
            Map.entry("reporting", Set.of("employer", "identity", "shared", "sponsorship")),
            Map.entry("enrolment", Set.of("employer", "identity", "shared", "sponsorship", "vault")),
            Map.entry("consent", Set.of("audit", "shared")),
            Map.entry("screening", Set.of("consent", "shared")),
            Map.entry("clearance", Set.of("consent", "enrolment", "identity", "providers", "screening", "shared", "vault")),
            Map.entry("standing", Set.of("clearance", "consent", "enrolment", "screening", "shared", "sponsorship")),
            Map.entry("referral", Set.of("audit", "clearance", "consent", "enrolment", "identity", "providers", "screening", "shared",
                    "standing", "vault")),
            Map.entry("journey", Set.of("clearance", "employer", "enrolment", "identity", "providers", "referral", "screening", "shared",
                    "sponsorship", "standing")),
            Map.entry("aggregation", Set.of("clearance", "enrolment", "journey", "reporting", "screening", "sponsorship")),
            Map.entry("webapp", Set.of("shared")),
            Map.entry("demo", Set.of("consent", "employer", "enrolment", "identity", "providers", "referral", "screening", "shared",
                    "sponsorship")));

    @Test
    void eachContextDependsOnlyOnTheContextsItsRowAllows() {
        List<String> violations = new ArrayList<>();
        for (JavaClass origin : PORTAL) {
            String from = contextOf(origin.getPackageName());
            if (from == null) {
                continue;
            }
            Set<String> allowed = MAY_DEPEND_ON.get(from);
            if (allowed == null) {
                violations.add(origin.getName() + " is in a context missing from MAY_DEPEND_ON: " + from);
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = contextOf(dependency.getTargetClass().getPackageName());
                if (to != null && !to.equals(from) && !allowed.contains(to)) {
                    violations.add(dependency.getDescription());
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().sorted().toList());
    }

    @Test
    void contextsDependOnEachOtherWithoutCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(PORTAL);
    }

    /** The context of a package: the first segment under the base package, none for the application class itself. */
    private static String contextOf(String packageName) {
        if (!packageName.startsWith(BASE + ".")) {
            return null;
        }
        String rest = packageName.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void theAuditLogDependsOnNoFeatureSoEveryFeatureMayWriteToIt() {
        noClasses().that().resideInAPackage(BASE + ".audit..")
                .should().dependOnClassesThat().resideOutsideOfPackages(BASE + ".audit..", BASE + ".shared..", "java..", "javax..",
                        "jakarta..", "io.micronaut..", "org.slf4j..", "com.fasterxml..", "")
                .check(PORTAL);
    }

}
