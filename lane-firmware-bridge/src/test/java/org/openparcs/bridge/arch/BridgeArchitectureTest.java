package org.openparcs.bridge.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.openparcs.bridge",
    importOptions = ImportOption.DoNotIncludeTests.class)
class BridgeArchitectureTest {

  @ArchTest
  static final ArchRule j2modIsUsedInOneWrapperOnly =
      noClasses()
          .that()
          .resideOutsideOfPackage("..modbus.j2mod..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.ghgande..");

  @ArchTest
  static final ArchRule resilience4jIsUsedInOneWrapperOnly =
      noClasses()
          .that()
          .resideOutsideOfPackage("..bridge.resilience..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.github.resilience4j..");

  @ArchTest
  static final ArchRule theLaneApiKnowsNothingOfModbus =
      noClasses()
          .that()
          .resideInAnyPackage("..bridge.io..", "..bridge.lane..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..bridge.modbus..",
              "..bridge.sim..",
              "..bridge.resilience..",
              "com.ghgande..",
              "io.github.resilience4j..");

  @ArchTest
  static final ArchRule nettyIsUsedInTheOsdpTransportOnly =
      noClasses()
          .that()
          .resideOutsideOfPackage("..osdp.netty..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.netty..");

  @ArchTest
  static final ArchRule theOsdpCodecDependsOnNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage("..bridge.osdp")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..osdp.acu..", "..osdp.netty..", "..bridge.sim..", "..bridge.io..");
}
