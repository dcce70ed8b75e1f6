package dev.waibao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module boundaries of the conventions, checked on the backend's compiled classes (the
 * search-index library is a module of its own and keeps its own rules).
 */
@AnalyzeClasses(
    packages = "dev.waibao",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.BackendOnly.class})
class ArchitectureTest {

  /** Only classes compiled by this module, not those of the libraries it uses. */
  static final class BackendOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.asURI().toString().contains("search-index")
          && !location.asURI().toString().contains("waibao-search-index");
    }
  }

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("dev.waibao.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices().matching("dev.waibao.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule modelsDependOnNoFramework =
      noClasses()
          .that()
          .resideInAPackage("dev.waibao..model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.micronaut..", "org.jooq..", "jakarta.persistence..", "java.sql..")
          .because("rules must be testable and readable without the framework or SQL");

  @ArchTest
  static final ArchRule noFeatureReachesIntoAnothersInternals =
      classes()
          .that()
          .resideInAPackage("dev.waibao..")
          .should(notReachIntoAnotherFeaturesInternals())
          .because("features talk through their public face, not each other's internals");

  private static final Pattern INTERNAL =
      Pattern.compile("dev\\.waibao\\.([a-z]+)\\.internal(\\..*)?");

  private static ArchCondition<JavaClass> notReachIntoAnotherFeaturesInternals() {
    return new ArchCondition<>("not depend on another feature's internal package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          Matcher internal = INTERNAL.matcher(dependency.getTargetClass().getPackageName());
          if (internal.matches()
              && !origin.getPackageName().startsWith("dev.waibao." + internal.group(1))) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
