package com.kapbenefit.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package-by-feature boundaries, made executable. */
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

    @Test
    void sharedKnowsNoFeature() {
        noClasses().that().resideInAPackage(BASE + ".shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        BASE + ".identity..", BASE + ".employer..", BASE + ".providers..",
                        BASE + ".journey..", BASE + ".demo..", BASE + ".webapp..", BASE + ".sponsorship..",
                        BASE + ".enrolment..", BASE + ".vault..", BASE + ".screening..", BASE + ".consent..",
                        BASE + ".clearance..", BASE + ".referral..", BASE + ".audit..")
                .check(PORTAL);
    }

    @Test
    void identityDependsOnNoOtherContext() {
        noClasses().that().resideInAPackage(BASE + ".identity..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        BASE + ".employer..", BASE + ".providers..", BASE + ".journey..", BASE + ".demo..",
                        BASE + ".sponsorship..", BASE + ".enrolment..", BASE + ".vault..", BASE + ".referral..")
                .check(PORTAL);
    }

    @Test
    void theAuditLogDependsOnNoFeatureSoEveryFeatureMayWriteToIt() {
        noClasses().that().resideInAPackage(BASE + ".audit..")
                .should().dependOnClassesThat().resideOutsideOfPackages(BASE + ".audit..", BASE + ".shared..", "java..", "javax..",
                        "jakarta..", "io.micronaut..", "org.slf4j..", "com.fasterxml..", "")
                .check(PORTAL);
    }

    @Test
    void sponsorshipNeverReachesMembersJourneysOrTheProviderNetwork() {
        noClasses().that().resideInAPackage(BASE + ".sponsorship..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".journey..", BASE + ".providers..")
                .check(PORTAL);
    }

    @Test
    void employersAndProvidersNeverReachIntoAMembersJourney() {
        noClasses().that().resideInAnyPackage(BASE + ".employer..", BASE + ".providers..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".journey..", BASE + ".referral..",
                        BASE + ".clearance..", BASE + ".enrolment..", BASE + ".screening..")
                .check(PORTAL);
    }

    @Test
    void onlyEnrolmentAndTheClinicianContextsOpenTheIdentityVault() {
        noClasses().that().resideOutsideOfPackages(BASE + ".vault..", BASE + ".enrolment..", BASE + ".clearance..",
                        BASE + ".referral..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".vault..")
                .check(PORTAL);
    }

    @Test
    void sponsorshipAndEmployersNeverReachMembersIdentitiesOrAnswers() {
        noClasses().that().resideInAnyPackage(BASE + ".sponsorship..", BASE + ".employer..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".enrolment..", BASE + ".vault..",
                        BASE + ".screening..", BASE + ".consent..", BASE + ".clearance..", BASE + ".referral..")
                .check(PORTAL);
    }

    @Test
    void screeningAndClinicalContextsNeverDependOnTheCareJourney() {
        noClasses().that().resideInAnyPackage(BASE + ".screening..", BASE + ".clearance..", BASE + ".referral..",
                        BASE + ".enrolment..", BASE + ".consent..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".journey..")
                .check(PORTAL);
    }

    @Test
    void reportingReadsOnlyPublishedAggregates() {
        noClasses().that().resideInAPackage(BASE + ".reporting..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".vault..", BASE + ".enrolment..", BASE + ".screening..",
                        BASE + ".consent..", BASE + ".clearance..", BASE + ".referral..", BASE + ".journey..", BASE + ".providers..",
                        BASE + ".aggregation..")
                .check(PORTAL);
    }

    @Test
    void onlyThePublishingJobComputesAggregates() {
        noClasses().that().resideOutsideOfPackages(BASE + ".aggregation..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".aggregation..")
                .check(PORTAL);
    }

    @Test
    void nothingDependsOnTheDemoWorld() {
        noClasses().that().resideOutsideOfPackage(BASE + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".demo..")
                .check(PORTAL);
    }
}
