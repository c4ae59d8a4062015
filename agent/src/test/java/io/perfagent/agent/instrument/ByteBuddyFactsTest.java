package io.perfagent.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixtures.shop.Order;
import fixtures.shop.OrderRepository;
import fixtures.shop.ReportService;
import io.perfagent.core.select.AccessFlags;
import io.perfagent.core.select.MethodFacts;
import io.perfagent.core.select.TypeFacts;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatchers;
import org.junit.jupiter.api.Test;

class ByteBuddyFactsTest {

    private static List<String> names(Iterable<String> names) {
        List<String> out = new ArrayList<>();
        names.forEach(out::add);
        return out;
    }

    private static MethodDescription declared(Class<?> type, String name, int parameters) {
        return TypeDescription.ForLoadedType.of(type).getDeclaredMethods()
                .filter(ElementMatchers.named(name).and(ElementMatchers.takesArguments(parameters))
                        .and(ElementMatchers.not(ElementMatchers.isBridge())))
                .getOnly();
    }

    @Test
    void walksSuperclassesAndInterfacesTransitively() {
        TypeFacts facts = ByteBuddyFacts.type(TypeDescription.ForLoadedType.of(OrderRepository.class));

        assertEquals("fixtures.shop.OrderRepository", facts.name());
        assertEquals(List.of("fixtures.shop.BaseRepository", "fixtures.shop.Repository", "java.lang.Object"),
                names(facts.superTypeNames()));
        // memoised walk: a second iteration sees the same names
        assertEquals(names(facts.superTypeNames()), names(facts.superTypeNames()));
    }

    @Test
    void readsClassAndMethodAnnotations() {
        TypeFacts type = ByteBuddyFacts.type(TypeDescription.ForLoadedType.of(ReportService.class));
        MethodFacts compute = ByteBuddyFacts.method(declared(ReportService.class, "compute", 1));

        assertEquals(List.of("fixtures.shop.Monitored"), List.copyOf(type.annotationNames()));
        assertEquals(List.of("fixtures.shop.Timed"), List.copyOf(compute.annotationNames()));
    }

    @Test
    void parameterNamesAreSourceNamesWithBinaryNesting() {
        MethodFacts total = ByteBuddyFacts.method(declared(Order.class, "total", 2));

        assertEquals(List.of("fixtures.shop.Order$Line[]", "int[][]"), total.parameterTypeNames());
        assertEquals("total", total.name());
        assertFalse(total.isConstructor());
    }

    @Test
    void bridgeMethodCarriesTheBridgeFlag() {
        MethodDescription bridge = TypeDescription.ForLoadedType.of(OrderRepository.class).getDeclaredMethods()
                .filter(ElementMatchers.named("save").and(ElementMatchers.isBridge())).getOnly();
        MethodFacts facts = ByteBuddyFacts.method(bridge);

        assertTrue((facts.modifiers() & AccessFlags.BRIDGE) != 0);
        assertEquals(List.of("java.lang.Object"), facts.parameterTypeNames());
    }

    @Test
    void constructorIsNamedInit() {
        MethodDescription constructor = TypeDescription.ForLoadedType.of(ReportService.class).getDeclaredMethods()
                .filter(ElementMatchers.isConstructor()).getOnly();
        MethodFacts facts = ByteBuddyFacts.method(constructor);

        assertEquals("<init>", facts.name());
        assertTrue(facts.isConstructor());
    }
}
