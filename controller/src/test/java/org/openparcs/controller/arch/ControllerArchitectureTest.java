package org.openparcs.controller.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain core (model, application) stays plain Java; the edges hold the frameworks. */
@AnalyzeClasses(
    packages = "org.openparcs.controller",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ControllerArchitectureTest {

  @ArchTest
  static final ArchRule domainCoreImportsNoFrameworkDatabaseOrDevice =
      noClasses()
          .that()
          .resideInAnyPackage("..model..", "..application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.micronaut..",
              "io.netty..",
              "jakarta..",
              "java.sql..",
              "javax.sql..",
              "com.ghgande..",
              "org.openparcs.bridge..",
              "org.openparcs.db..");

  @ArchTest
  static final ArchRule modelDoesNotDependOnUseCases =
      noClasses()
          .that()
          .resideInAPackage("..model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..application..", "..infrastructure..", "..web..");

  @ArchTest
  static final ArchRule useCasesDoNotReachIntoAdapters =
      noClasses()
          .that()
          .resideInAPackage("..application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..infrastructure..", "..web..");
}
