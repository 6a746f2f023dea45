package io.winback.timing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The house rule for the core, kept here too: the timing model is arithmetic over records, so it names nothing but
 * Java, commons-math3 and the core; no AWS SDK, no Jackson, no HTTP, no adapter. (Maven already refuses the imports:
 * none of them is on this module's compile classpath; this says it in words and catches a dependency added later.)
 */
class TheTimingModelIsPlainMathTest {
    @Test
    void theTimingModelDependsOnlyOnJavaCommonsMathAndTheCore() {
        JavaClasses timing = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.winback.timing");
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.apache.commons.math3..",
                        "io.winback.timing..", "io.winback.sleep..", "io.winback.domain..", "io.winback.time..")
                .because("the timing model is pure math: the integrator wires it to tables and HTTP elsewhere")
                .check(timing);
    }
}
