package org.openparcs.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The domain (model) and the use cases (application) stay free of frameworks and JDBC. */
class DomainIndependenceTest {

  private static final JavaClasses PORTAL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openparcs.portal");

  @Test
  void modelAndApplicationImportNoFrameworkNorJdbc() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("..model..", "..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.micronaut..", "io.netty..", "java.sql..", "javax.sql..", "jakarta..")
            .because("STYLE.md: the domain core is plain Java, testable in milliseconds");
    rule.check(PORTAL);
  }

  @Test
  void modelDependsOnNoOuterLayer() {
    noClasses()
        .that()
        .resideInAPackage("..model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..application..", "..infrastructure..", "..web..")
        .check(PORTAL);
  }

  @Test
  void applicationDependsOnNoAdapter() {
    noClasses()
        .that()
        .resideInAPackage("..application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..infrastructure..", "..web..")
        .check(PORTAL);
  }
}
