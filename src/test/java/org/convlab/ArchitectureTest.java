package org.convlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the packages apart, checked on the compiled main classes (a fully qualified name cannot
 * slip by as it could when the rules read the source). Each rule is also run on a small test
 * fixture ({@code ArchFixture*}, never in the main classes) that breaks it, so a rule that could no
 * longer fail would be noticed.
 */
class ArchitectureTest {
    /** The math, the lessons' logic, the file formats and the command line: no display needed. */
    static final ArchRule NO_JAVAFX_BELOW_THE_VIEW_MODELS =
            noClasses()
                    .that()
                    .resideInAnyPackage(
                            "org.convlab.conv..",
                            "org.convlab.lessons..",
                            "org.convlab.format..",
                            "org.convlab.cli..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "javafx..",
                            "org.controlsfx..",
                            "org.convlab.view..",
                            "org.convlab.viewmodel..");

    /** {@code conv.fast} is the convolution's inner loops, reached only through {@code conv}. */
    static final ArchRule FAST_ENGINE_ONLY_THROUGH_CONV =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.convlab.conv..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.convlab.conv.fast..");

    /**
     * The engine's seam points one way: {@code conv} hands {@code conv.fast} plain values ({@code
     * Layout}, {@code Matching}, weights) and gets rows and cells back, so the engine never needs a
     * domain type.
     */
    static final ArchRule ENGINE_NEVER_USES_THE_DOMAIN =
            noClasses()
                    .that()
                    .resideInAPackage("org.convlab.conv.fast..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.convlab.conv");

    /** View models hold properties and commands; the views build the nodes. */
    static final ArchRule VIEW_MODELS_CREATE_NO_NODES =
            noClasses()
                    .that()
                    .resideInAPackage("org.convlab.viewmodel..")
                    .should()
                    .dependOnClassesThat()
                    .areAssignableTo("javafx.scene.Node")
                    .orShould()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "javafx.scene.control..",
                            "javafx.scene.layout..",
                            "javafx.stage..",
                            "org.convlab.view..");

    /**
     * conv, lessons, format, cli, viewmodel, view: each may use those before it, never one after
     * it.
     */
    static final ArchRule TOP_LEVEL_PACKAGES_FREE_OF_CYCLES =
            slices().matching("org.convlab.(*)..").should().beFreeOfCycles();

    /**
     * Every package on its own: conv uses conv.fast and never the other way round, the lessons and
     * view models use each other's packages at most one way, and the main view builds each lesson's
     * view while the lessons share only {@code view.shared} (MapView, Presenting, ScaledSizes).
     */
    static final ArchRule PACKAGES_FREE_OF_CYCLES =
            slices().matching("org.convlab.(**)").should().beFreeOfCycles();

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().importPath(Path.of("target/classes"));
        assertThat(main.contain("org.convlab.conv.Correlation2D"))
                .as("main classes imported")
                .isTrue();
        assertThat(main.contain("org.convlab.conv.fast.Kernel"))
                .as("main classes imported")
                .isTrue();
    }

    private static boolean catches(ArchRule rule, String... fixtureClasses) {
        return rule.evaluate(new ClassFileImporter().importClasses(load(fixtureClasses)))
                .hasViolation();
    }

    private static Class<?>[] load(String... names) {
        Class<?>[] classes = new Class<?>[names.length];
        for (int i = 0; i < names.length; i++) {
            try {
                classes[i] = Class.forName(names[i]);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    @Test
    void noJavaFxBelowTheViewModels() {
        NO_JAVAFX_BELOW_THE_VIEW_MODELS.check(main);
        assertThat(
                        catches(
                                NO_JAVAFX_BELOW_THE_VIEW_MODELS,
                                "org.convlab.format.ArchFixtureDrawsWithJavaFx"))
                .isTrue();
    }

    @Test
    void fastEngineOnlyThroughConv() {
        FAST_ENGINE_ONLY_THROUGH_CONV.check(main);
        assertThat(
                        catches(
                                FAST_ENGINE_ONLY_THROUGH_CONV,
                                "org.convlab.format.ArchFixtureReachesIntoFast"))
                .isTrue();
    }

    @Test
    void engineNeverUsesTheDomain() {
        ENGINE_NEVER_USES_THE_DOMAIN.check(main);
        assertThat(
                        catches(
                                ENGINE_NEVER_USES_THE_DOMAIN,
                                "org.convlab.conv.fast.ArchFixtureCallsBack"))
                .isTrue();
    }

    @Test
    void viewModelsCreateNoNodes() {
        VIEW_MODELS_CREATE_NO_NODES.check(main);
        assertThat(
                        catches(
                                VIEW_MODELS_CREATE_NO_NODES,
                                "org.convlab.viewmodel.ArchFixtureMakesNodes"))
                .isTrue();
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        TOP_LEVEL_PACKAGES_FREE_OF_CYCLES.check(main);
        assertThat(
                        catches(
                                TOP_LEVEL_PACKAGES_FREE_OF_CYCLES,
                                "org.convlab.cli.ArchFixtureCycle",
                                "org.convlab.format.ArchFixtureCycleBack"))
                .isTrue();
    }

    @Test
    void packagesFormNoCycle() {
        PACKAGES_FREE_OF_CYCLES.check(main);
        assertThat(
                        catches(
                                PACKAGES_FREE_OF_CYCLES,
                                "org.convlab.conv.fast.ArchFixtureCallsBack",
                                "org.convlab.conv.fast.BandWorkers",
                                "org.convlab.conv.Correlation2D",
                                "org.convlab.conv.Padding"))
                .isTrue();
    }
}
