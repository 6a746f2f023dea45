package io.winback.house;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.winback.check.SleepingCheckHandler;
import io.winback.chainsapi.ChainsApiHandler;
import io.winback.domain.PurchaseBand;
import io.winback.dynamo.DynamoClients;
import io.winback.ingest.IngestSalesHandler;
import io.winback.console.ConsoleHandler;
import io.winback.reports.ReportsApiHandler;
import io.winback.segments.SegmentsJobHandler;
import io.winback.timingjob.TimingJobHandler;
import io.winback.stats.CustomerStatsHandler;
import io.winback.api.CustomerApiHandler;
import io.winback.worker.ChainWorkerHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The house's rules, read from the compiled classes: the core is plain Java, the adapters sit under the functions,
 * no function reaches into another, and a handler only wires. Maven already refuses the worst of it (the core has no
 * dependency to import from); these rules say it in words and catch what Maven cannot (a package in the wrong module,
 * a function calling a sibling's class through the local runner's classpath, a handler doing work).
 *
 * <p>Each layer is the set of packages its module's classes are in, found from where one known class was loaded, so a
 * package added to a module is covered without editing this test.
 */
class TheHouseKeepsItsLayersTest {
    private static final List<Class<?>> HANDLERS = List.of(IngestSalesHandler.class, CustomerStatsHandler.class,
            CustomerApiHandler.class, SleepingCheckHandler.class, ChainWorkerHandler.class, ChainsApiHandler.class,
            ReportsApiHandler.class, SegmentsJobHandler.class, TimingJobHandler.class, ConsoleHandler.class);

    private static JavaClasses core;
    private static JavaClasses adapters;
    private static JavaClasses functions;
    private static Set<String> corePackages;
    private static Set<String> adapterPackages;
    private static Set<String> functionPackages;

    @BeforeAll
    static void readTheCompiledClasses() throws URISyntaxException {
        core = classesBeside(PurchaseBand.class);
        adapters = classesBeside(DynamoClients.class);
        functions = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(HANDLERS.stream().map(TheHouseKeepsItsLayersTest::locationOf).toList());
        corePackages = packagesOf(core);
        adapterPackages = packagesOf(adapters);
        functionPackages = packagesOf(functions);
    }

    @Test
    void theCoreDependsOnNothingButJavaAndItself() {
        assertFalse(core.isEmpty());
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(allowedForTheCore())
                .because("the core holds the shop's rules in plain Java: no AWS SDK, no Jackson, no HTTP, no adapter")
                .check(core);
    }

    @Test
    void theCoreNamesNoLibraryAndNoAdapterPackage() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..",
                        "com.fasterxml..", "org.crac..", "io.winback.dynamo..", "io.winback.http..",
                        "io.winback.json..", "io.winback.sqs..", "io.winback.ses..", "io.winback.sns..",
                        "io.winback.config..", "io.winback.aws..", "io.winback.snapstart..")
                .check(core);
    }

    @Test
    void noPackageIsSplitBetweenTheCoreAndTheAdapters() {
        Set<String> both = new TreeSet<>(corePackages);
        both.retainAll(adapterPackages);
        assertTrue(both.isEmpty(), "packages in both shared/core and shared/aws: " + both);
    }

    @Test
    void adaptersNeverReachUpIntoAFunctionOrTheLocalRunner() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(with(functionPackages,
                        "io.winback.local..", "io.winback.bench.."))
                .because("adapters serve the functions; a function's class inside an adapter would ship in every jar")
                .check(adapters);
    }

    @Test
    void adaptersAreHandedTheirSettingsAndNeverReadTheConfiguration() {
        noClasses().that().resideOutsideOfPackage("io.winback.config..")
                .should().dependOnClassesThat().resideInAPackage("io.winback.config..")
                .because("the configuration is read where the functions are wired; an adapter is given its table")
                .check(adapters);
    }

    @Test
    void noFunctionImportsAnotherFunction() {
        for (String own : functionPackages) {
            Set<String> others = new TreeSet<>(functionPackages);
            others.remove(own);
            noClasses().that().resideInAPackage(own)
                    .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                    .because("each function is its own jar and deploys alone")
                    .check(functions);
        }
    }

    @Test
    void aHandlerOnlyWiresAndHandsEachEventToItsOwnFunction() {
        classes().that().implement(RequestHandler.class)
                .should(handOnTheEventToItsOwnFunction())
                .check(functions);
    }

    /**
     * {@code handleRequest} calls only classes of its own function (the object its constructor wired, or a private
     * helper of the handler): reading the event, building the reply and all the work live in those classes.
     */
    private static ArchCondition<JavaClass> handOnTheEventToItsOwnFunction() {
        return new ArchCondition<>("hand the event on to its own function's classes") {
            @Override
            public void check(JavaClass handler, ConditionEvents events) {
                for (JavaMethod method : handler.getMethods()) {
                    if (!method.getName().equals("handleRequest") || method.getModifiers().contains(
                            com.tngtech.archunit.core.domain.JavaModifier.BRIDGE)) {
                        continue;
                    }
                    for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                        String target = call.getTargetOwner().getPackageName();
                        boolean own = target.equals(handler.getPackageName());
                        events.add(new SimpleConditionEvent(handler, own, handler.getSimpleName()
                                + ".handleRequest calls " + call.getTargetOwner().getSimpleName() + "."
                                + call.getName() + " outside its function"));
                    }
                }
            }
        };
    }

    private static String[] allowedForTheCore() {
        return with(corePackages, "java..", "javax.crypto..");
    }

    private static String[] with(Set<String> packages, String... more) {
        Set<String> all = new TreeSet<>(packages);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static JavaClasses classesBeside(Class<?> known) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(List.of(locationOf(known)));
    }

    private static Location locationOf(Class<?> known) {
        try {
            return Location.of(known.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> packagesOf(JavaClasses classes) {
        return classes.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
    }
}
