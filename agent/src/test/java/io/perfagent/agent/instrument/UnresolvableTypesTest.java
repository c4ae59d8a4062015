package io.perfagent.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixtures.shop.OrderRepository;
import fixtures.shop.ReportService;
import io.perfagent.core.select.MethodSelector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;
import org.junit.jupiter.api.Test;

/**
 * Classes read from a type pool that lacks their supertypes and annotation types, as happens when an
 * application's optional dependency is missing: matching must answer, not throw.
 */
class UnresolvableTypesTest {

    /** A pool that can read only {@code type}'s own class file: nothing it refers to resolves. */
    private static TypeDescription isolated(Class<?> type) throws IOException {
        ClassFileLocator only = ClassFileLocator.Simple.of(type.getName(),
                ClassFileLocator.ForClassLoader.read(type));
        TypePool pool = new TypePool.Default(new TypePool.CacheProvider.Simple(), only,
                TypePool.Default.ReaderMode.FAST);
        return pool.describe(type.getName()).resolve();
    }

    @Test
    void missingSupertypesMeanNoSubtypeMatch() throws IOException {
        TypeDescription repository = isolated(OrderRepository.class);
        MethodSelector selector = SelectionMatchersTest.selector("fixtures.shop.Nope+");

        List<String> supers = new ArrayList<>();
        ByteBuddyFacts.type(repository).superTypeNames().forEach(supers::add);

        assertFalse(supers.contains("fixtures.shop.Nope"), supers.toString());
        assertFalse(SelectionMatchers.types(selector).matches(repository));
        assertEquals(0, repository.getDeclaredMethods().filter(SelectionMatchers.methods(selector)).size());
    }

    @Test
    void classesStillMatchByNameWhenTheirHierarchyIsMissing() throws IOException {
        TypeDescription repository = isolated(OrderRepository.class);
        MethodSelector selector = SelectionMatchersTest.selector("fixtures.shop.OrderRepository#save");

        assertTrue(SelectionMatchers.types(selector).matches(repository));
        assertEquals(1, repository.getDeclaredMethods().filter(SelectionMatchers.methodsOf(selector, repository))
                .size());
    }

    @Test
    void missingAnnotationTypesDoNotThrow() throws IOException {
        TypeDescription service = isolated(ReportService.class);

        // Byte Buddy drops annotations whose type the pool cannot load, as the JVM does at run time.
        assertEquals(List.of(), List.copyOf(ByteBuddyFacts.type(service).annotationNames()));
        assertFalse(SelectionMatchers.types(SelectionMatchersTest.selector("@@fixtures.shop.Monitored"))
                .matches(service));
        assertFalse(SelectionMatchers.types(SelectionMatchersTest.selector("@@fixtures.shop.Other")).matches(service));
        assertEquals(0, service.getDeclaredMethods()
                .filter(SelectionMatchers.methods(SelectionMatchersTest.selector("@fixtures.shop.Other"))).size());
        assertEquals(0, service.getDeclaredMethods()
                .filter(SelectionMatchers.methods(SelectionMatchersTest.selector("@fixtures.shop.Timed"))).size());
    }
}
