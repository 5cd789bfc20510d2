package de.thueringen.antrag;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The feature modules (the packages right below {@code de.thueringen.antrag}, sub-packages included) depend on each
 * other without cycles: a module that needs to tell another "this happened" publishes an event instead of calling
 * back. A new cycle fails here and names the classes that close it.
 */
@AnalyzeClasses(packages = "de.thueringen.antrag", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleCyclesTest {

    @ArchTest
    static final ArchRule FEATURE_MODULES_ARE_FREE_OF_CYCLES = slices()
            .matching("de.thueringen.antrag.(*)..")
            .namingSlices("module $1")
            .should().beFreeOfCycles();
}
