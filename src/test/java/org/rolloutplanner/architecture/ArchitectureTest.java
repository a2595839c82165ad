package org.rolloutplanner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of ../shared/style.md, checked on the compiled main classes (tests are free to reach across). */
@AnalyzeClasses(packages = "org.rolloutplanner", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Leaves out test classes also when the build folder is not "target" (parallel builds use -DbuildDir). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("org.rolloutplanner.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.apache.poi..",
                    "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..", "picocli..", "org.apache.commons.csv..")
            .because("the planning rules are plain Java, testable without a window, a database or a file");

    @ArchTest
    static final ArchRule domainDependsOnNoOtherLayer = noClasses().that().resideInAPackage("org.rolloutplanner.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.rolloutplanner.app..", "org.rolloutplanner.persistence..",
                    "org.rolloutplanner.io..", "org.rolloutplanner.ui..", "org.rolloutplanner.cli..");

    @ArchTest
    static final ArchRule onlyPersistenceUsesJooq = noClasses().that()
            .resideOutsideOfPackage("org.rolloutplanner.persistence..")
            .should().dependOnClassesThat().resideInAPackage("org.jooq..")
            .because("jOOQ records are mapped to domain records at the persistence boundary");

    @ArchTest
    static final ArchRule onlyPersistenceUsesTheDatabaseDrivers = noClasses().that()
            .resideOutsideOfPackage("org.rolloutplanner.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule appDoesNotKnowUiCliOrPersistence = noClasses().that().resideInAPackage("org.rolloutplanner.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.rolloutplanner.ui..", "org.rolloutplanner.cli..",
                    "org.rolloutplanner.persistence..", "javafx..");

    @ArchTest
    static final ArchRule ioDoesNotKnowUiCliOrPersistence = noClasses().that().resideInAPackage("org.rolloutplanner.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.rolloutplanner.ui..", "org.rolloutplanner.cli..",
                    "org.rolloutplanner.persistence..", "javafx..");

    @ArchTest
    static final ArchRule persistenceDoesNotKnowUiOrCli = noClasses().that()
            .resideInAPackage("org.rolloutplanner.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.rolloutplanner.ui..", "org.rolloutplanner.cli..",
                    "javafx..");

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices().matching("org.rolloutplanner.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("org.rolloutplanner.(*).(*)..")
            .should().beFreeOfCycles();
}
