package io.perfagent.agent.instrument.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixtures.shop.BaseRepository;
import fixtures.shop.OrderRepository;
import fixtures.shop.Repository;
import fixtures.shop.ReportService;
import io.perfagent.agent.instrument.ClassFiles;
import io.perfagent.agent.instrument.asm.ClassHeaders;
import io.perfagent.core.select.MethodPatternParser;
import io.perfagent.core.select.MethodSelector;
import io.perfagent.core.select.ParseResult;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which methods of real class files the patterns select ({@link MethodProbeTransformer#selected}). */
class MethodSelectionTest {

    static MethodSelector selector(List<String> include, List<String> exclude) {
        ParseResult in = MethodPatternParser.parse("methods.include", include);
        ParseResult out = MethodPatternParser.parse("methods.exclude", exclude);
        assertEquals(List.of(), in.warnings());
        assertEquals(List.of(), out.warnings());
        return MethodSelector.of(in.patterns(), out.patterns());
    }

    static MethodSelector selector(String... include) {
        return selector(List.of(include), List.of());
    }

    static ClassFile classFile(Class<?> type) {
        return ClassFile.read(ClassFiles.of(type), ClassHeaders.of(type.getClassLoader()));
    }

    /** The selected declared methods of {@code type}, as name + descriptor, sorted. */
    static List<String> selected(MethodSelector selector, Class<?> type) {
        return MethodProbeTransformer.selected(selector, classFile(type)).stream().map(DeclaredMethod::signature)
                .sorted().collect(Collectors.toList());
    }

    static boolean typeMatches(MethodSelector selector, Class<?> type) {
        return selector.matchesType(classFile(type));
    }

    @Test
    void subtypePatternSelectsImplementorsButNotBridgesOrAbstractMethods() {
        MethodSelector selector = selector("fixtures.shop.Repository+#save*");

        assertEquals(List.of("save(Lfixtures/shop/Order;)V", "saveAll(Ljava/util/List;)V"),
                selected(selector, OrderRepository.class));
        assertEquals(List.of(), selected(selector, Repository.class));
        assertTrue(typeMatches(selector, OrderRepository.class));
        assertFalse(typeMatches(selector, BaseRepository.class));
    }

    @Test
    void packagePatternSkipsAbstractAndNativeMethods() {
        assertEquals(List.of("count()I"), selected(selector("fixtures.shop.*"), BaseRepository.class));
    }

    @Test
    void methodAnnotationSelectsOnlyAnnotatedMethods() {
        assertEquals(List.of("compute(I)I"), selected(selector("@fixtures.shop.Timed"), ReportService.class));
        assertEquals(List.of(), selected(selector("@fixtures.shop.Timed"), OrderRepository.class));
    }

    @Test
    void classAnnotationSelectsEveryRealMethodButNotLambdaBodiesOrConstructors() {
        MethodSelector selector = selector("@@fixtures.shop.Monitored");

        assertEquals(List.of("compute(I)I", "render()V", "render(Ljava/lang/String;Lfixtures/shop/Order$Line;)V",
                "supplier()Ljava/util/function/IntSupplier;"), selected(selector, ReportService.class));
        assertFalse(typeMatches(selector, OrderRepository.class));
    }

    @Test
    void exactParametersWithNestedTypeAndConstructors() {
        assertEquals(List.of("render(Ljava/lang/String;Lfixtures/shop/Order$Line;)V"),
                selected(selector("fixtures.shop.ReportService#render(String, fixtures.shop.Order.Line)"),
                        ReportService.class));
        assertEquals(List.of("<init>()V"),
                selected(selector("fixtures.shop.ReportService#<init>"), ReportService.class));
    }

    @Test
    void excludesWinAndUnmatchedIncludesAreReported() {
        MethodSelector selector = selector(List.of("fixtures.shop.ReportService", "fixtures.shop.Nope#*"),
                List.of("fixtures.shop.ReportService#render"));

        assertEquals(List.of("compute(I)I", "supplier()Ljava/util/function/IntSupplier;"),
                selected(selector, ReportService.class));
        assertEquals(List.of("fixtures.shop.Nope#*"), selector.unmatchedIncludePatterns());
    }
}
