package dev.waibao.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of CONVENTIONS.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "dev.waibao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("dev.waibao.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices().matching("dev.waibao.(**)").should().beFreeOfCycles();
}
