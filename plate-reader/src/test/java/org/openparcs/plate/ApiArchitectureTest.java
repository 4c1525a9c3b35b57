package org.openparcs.plate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The reader's API (its public interfaces and records: stage ports, results, settings) exposes no
 * OpenCV or Tesseract type; package-private helpers inside a stage may.
 */
class ApiArchitectureTest {

  private static final String[] NATIVE_LIBRARIES = {
    "org.opencv..",
    "net.sourceforge.tess4j..",
    "net.sourceforge.lept4j..",
    "org.bytedeco..",
    "com.sun.jna.."
  };

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openparcs.plate");

  @Test
  void publicInterfacesUseNoVisionOrOcrLibraryType() {
    ArchRule rule =
        noClasses()
            .that()
            .areInterfaces()
            .and()
            .arePublic()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(NATIVE_LIBRARIES);
    rule.check(classes);
  }

  @Test
  void publicRecordsUseNoVisionOrOcrLibraryType() {
    ArchRule rule =
        noClasses()
            .that()
            .areRecords()
            .and()
            .arePublic()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(NATIVE_LIBRARIES);
    rule.check(classes);
  }

  @Test
  void theTopLevelApiPackageUsesNoVisionOrOcrLibraryType() {
    noClasses()
        .that()
        .resideInAPackage("org.openparcs.plate")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(NATIVE_LIBRARIES)
        .check(classes);
  }
}
