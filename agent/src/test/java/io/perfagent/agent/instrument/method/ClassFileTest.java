package io.perfagent.agent.instrument.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixtures.shop.Order;
import fixtures.shop.OrderRepository;
import fixtures.shop.ReportService;
import io.perfagent.agent.instrument.ClassFiles;
import io.perfagent.agent.instrument.asm.ClassHeaders;
import io.perfagent.core.select.AccessFlags;
import io.perfagent.core.select.KeyNamer;
import io.perfagent.core.select.MethodFacts;
import io.perfagent.core.select.MethodSelector;
import io.perfagent.core.select.TypeFacts;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClassFileTest {

    /** A class loader that finds no class file but the JDK's: nothing of the application resolves through it. */
    private static final ClassLoader SEES_NOTHING = new ClassLoader(null) {
    };

    private static List<String> names(Iterable<String> names) {
        List<String> out = new ArrayList<>();
        names.forEach(out::add);
        return out;
    }

    private static DeclaredMethod declared(Class<?> type, String signature) {
        return MethodSelectionTest.classFile(type).methods().stream().filter(m -> m.signature().equals(signature))
                .findFirst().orElseThrow();
    }

    private static ClassFile isolated(Class<?> type) {
        return ClassFile.read(ClassFiles.of(type), ClassHeaders.of(SEES_NOTHING));
    }

    @Test
    void walksSuperclassesAndInterfacesTransitively() {
        TypeFacts facts = MethodSelectionTest.classFile(OrderRepository.class);

        assertEquals("fixtures.shop.OrderRepository", facts.name());
        assertEquals(List.of("fixtures.shop.BaseRepository", "fixtures.shop.Repository", "java.lang.Object"),
                names(facts.superTypeNames()));
        // memoised walk: a second iteration sees the same names
        assertEquals(names(facts.superTypeNames()), names(facts.superTypeNames()));
    }

    /** Selection by name never iterates supertypes; one that does reads a supertype's class file only when needed. */
    @Test
    void readsASupertypesClassFileOnlyWhenTheWalkNeedsItsSupertypes() {
        CountingLoader loader = new CountingLoader(ClassFileTest.class.getClassLoader());
        ClassFile repository = ClassFile.read(ClassFiles.of(OrderRepository.class), ClassHeaders.of(loader));
        Iterator<String> supertypes = repository.superTypeNames().iterator();

        assertEquals("fixtures.shop.BaseRepository", supertypes.next());
        assertEquals("fixtures.shop.Repository", supertypes.next());
        assertEquals(0, loader.reads, "the direct supertypes are in the class file itself");
        assertEquals("java.lang.Object", supertypes.next());
        assertTrue(loader.reads > 0, "BaseRepository's class file read to go further");
    }

    private static final class CountingLoader extends ClassLoader {
        int reads;

        CountingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            reads++;
            return super.getResourceAsStream(name);
        }
    }

    @Test
    void readsClassAndMethodAnnotations() {
        TypeFacts type = MethodSelectionTest.classFile(ReportService.class);
        MethodFacts compute = declared(ReportService.class, "compute(I)I");

        assertEquals(List.of("fixtures.shop.Monitored"), List.copyOf(type.annotationNames()));
        assertEquals(List.of("fixtures.shop.Timed"), List.copyOf(compute.annotationNames()));
    }

    @Test
    void parameterNamesAreSourceNamesWithBinaryNesting() {
        MethodFacts total = declared(Order.class, "total([Lfixtures/shop/Order$Line;[[I)J");

        assertEquals(List.of("fixtures.shop.Order$Line[]", "int[][]"), total.parameterTypeNames());
        assertEquals("total", total.name());
        assertFalse(total.isConstructor());
    }

    @Test
    void bridgeMethodCarriesTheBridgeFlag() {
        MethodFacts bridge = declared(OrderRepository.class, "save(Ljava/lang/Object;)V");

        assertTrue((bridge.modifiers() & AccessFlags.BRIDGE) != 0);
        assertEquals(List.of("java.lang.Object"), bridge.parameterTypeNames());
    }

    @Test
    void constructorIsNamedInit() {
        MethodFacts constructor = declared(ReportService.class, "<init>()V");

        assertEquals("<init>", constructor.name());
        assertTrue(constructor.isConstructor());
    }

    @Test
    void missingSupertypesEndTheWalkWithoutFailing() {
        ClassFile repository = isolated(OrderRepository.class);

        // the direct supertypes are named by the class file itself; nothing beyond them can be read
        assertEquals(List.of("fixtures.shop.BaseRepository", "fixtures.shop.Repository"),
                names(repository.superTypeNames()));
        MethodSelector subtypesOfObject = MethodSelectionTest.selector("java.lang.Object+#save");
        assertFalse(subtypesOfObject.matchesType(repository));
        MethodSelector byName = MethodSelectionTest.selector("fixtures.shop.OrderRepository#save");
        assertEquals(1, MethodProbeTransformer.selected(byName, repository).size());
    }

    @Test
    void annotationsAreNamedWithoutLoadingTheirTypes() {
        ClassFile service = isolated(ReportService.class);

        assertEquals(List.of("fixtures.shop.Monitored"), List.copyOf(service.annotationNames()));
        assertTrue(MethodSelectionTest.selector("@@fixtures.shop.Monitored").matchesType(service));
        assertEquals(List.of(), MethodProbeTransformer.selected(
                MethodSelectionTest.selector("@fixtures.shop.Other"), service));
    }

    @Test
    void overloadsGetSimpleParameterListsOthersDoNot() {
        ClassFile service = MethodSelectionTest.classFile(ReportService.class);
        List<DeclaredMethod> selected = MethodProbeTransformer.selected(
                MethodSelectionTest.selector("fixtures.shop.ReportService#*"), service).stream()
                .sorted((a, b) -> a.signature().compareTo(b.signature())).collect(Collectors.toList());

        assertEquals(List.of("fixtures.shop.ReportService#compute",
                "fixtures.shop.ReportService#render()",
                "fixtures.shop.ReportService#render(String, Order.Line)",
                "fixtures.shop.ReportService#supplier"), KeyNamer.keys(service.name(), selected));
    }
}
