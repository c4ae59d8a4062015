package io.perfagent.core.select;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which classes are never woven, and which count as perfagent's own. */
class AlwaysExcludedTest {

    @Test
    void perfagentsOwnPackagesAreItsOwnInBothNameForms() {
        for (String own : new String[]{"io.perfagent.bootstrap.Timings", "io/perfagent/core/runtime/FlushLoop",
                "io.perfagent.agent.Installer", "io.perfagent.launcher.AgentMain"}) {
            assertTrue(AlwaysExcluded.agentOwn(own), own);
            assertTrue(AlwaysExcluded.type(own), own);
        }
    }

    /** The demo lives under io.perfagent too: it is an application like any other, woven, attached, and in stacks. */
    @Test
    void anApplicationUnderIoPerfagentIsNotTheAgent() {
        for (String app : new String[]{"io.perfagent.demo.service.OrderService", "io/perfagent/demo/DemoApp",
                "io.perfagent.corey.Thing", "io.perfagentx.Thing"}) {
            assertFalse(AlwaysExcluded.agentOwn(app), app);
            assertFalse(AlwaysExcluded.type(app), app);
        }
    }

    @Test
    void theJdkByteBuddyAndLambdasAreNeverWovenButAreNotTheAgent() {
        for (String never : new String[]{"java.lang.String", "jdk/internal/misc/Unsafe", "sun.nio.ch.Util",
                "com.sun.management.ThreadMXBean", "net.bytebuddy.jar.asm.ClassReader",
                "com.acme.Service$$Lambda$14/0x0000000800c0b1f0"}) {
            assertTrue(AlwaysExcluded.type(never), never);
            assertFalse(AlwaysExcluded.agentOwn(never), never);
        }
        assertFalse(AlwaysExcluded.type("javax.servlet.http.HttpServlet"), "javax stays selectable");
    }

    /** A framework's proxy would report the application's method a second time, under its generated name. */
    @Test
    void proxyClassesGeneratedAtRunTimeAreNeverWoven() {
        for (String proxy : new String[]{"com.acme.OrderRepository$$SpringCGLIB$$0",
                "com/acme/OrderService$$EnhancerBySpringCGLIB$$1a2b3c", "com.acme.Billing$$EnhancerByGuice$$77",
                "com.acme.Order_$$_jvst1a_0", "com.acme.Cart$Proxy$_$$_WeldClientProxy",
                "com.acme.Customer$HibernateProxy$Xq3f9a", "com.acme.Mailer$MockitoMock$12345",
                "com.acme.Report$ByteBuddy$abc", "org.acme.shop.ShopService_ClientProxy",
                "org/acme/shop/ShopService_Subclass", "org.acme.shop.ShopService_Bean",
                "org.acme.shop.ShopService_Observer_onStart_8DUZabc",
                "org.acme.shop.ShopResource$quarkusrestinvoker$items_2c356e95",
                "io.agroal.api.AgroalDataSource_83v3mgZs_Synthetic_ClientProxy",
                "example.mn.$HelloController$Definition$Exec", "example/mn/$GreetingService$Definition$Intercepted",
                "example.mn.$Events$Definition", "example.mn.Events$ApplicationEventListener$onStartup1$Intercepted",
                "example.mn.$Order$Introspection"}) {
            assertTrue(AlwaysExcluded.type(proxy), proxy);
        }
        for (String ordinary : new String[]{"com.acme.OrderRepository", "com.acme.Outer$Inner", "com.acme.Outer$1",
                "com/acme/Outer$Inner$Deeper", "com.acme.Price$", "com.acme.Java_Bean_Factory", "com.acme.Sub_classes",
                "com.acme.Schema$Definition"}) {
            assertFalse(AlwaysExcluded.type(ordinary), ordinary);
        }
    }

    private static FakeType type(String name, int modifiers) {
        return new FakeType(name, modifiers, List.of(), List.of());
    }

    private static boolean excluded(FakeType type, String method, String... annotations) {
        return AlwaysExcluded.method(type, FakeMethod.parse(method, List.of(annotations)));
    }

    /** What Groovy adds to the source's classes, as groovyc 4 and 5 write them. */
    @Test
    void groovysPlumbingClosureBodiesAndTraitHelpersAreNeverTimed() {
        FakeType calculator = type("com.acme.Calculator", AccessFlags.PUBLIC);
        assertTrue(excluded(calculator, "public getMetaClass()", "groovy.transform.Generated",
                "groovy.transform.Internal"));
        assertTrue(excluded(calculator, "public setMetaClass(groovy.lang.MetaClass)", "groovy.transform.Generated",
                "groovy.transform.Internal"));
        assertTrue(excluded(calculator, "public com_acme_Greeter__greeted$get()"), "a trait field's accessor");
        assertTrue(excluded(calculator, "public com_acme_Greeter__greeted$set(int)"), "a trait field's accessor");
        // a property's accessors are what the source calls (person.name): timed like Java's getters
        assertFalse(excluded(calculator, "public getName()", "groovy.transform.Generated"));
        assertFalse(excluded(calculator, "public add(int,int)"));
        for (String closure : new String[]{"com.acme.Calculator$_sumEach_closure1", "com.acme.Main$_main_closure10",
                "com.acme.Main$_main_closure5$_closure13"}) {
            assertTrue(AlwaysExcluded.compilerMade(type(closure, AccessFlags.PUBLIC)), closure);
            assertTrue(excluded(type(closure, AccessFlags.PUBLIC), "public doCall(java.lang.Object)"), closure);
        }
        assertTrue(AlwaysExcluded.compilerMade(type("com.acme.Greeter$Trait$Helper",
                AccessFlags.PUBLIC | AccessFlags.ABSTRACT | AccessFlags.SYNTHETIC)), "a synthetic class");
        for (String ordinary : new String[]{"com.acme.Calculator", "com.acme.Outer$_private", "com.acme.Enclosure1",
                "com.acme.Outer$Disclosure1", "com.acme.Outer$_closure"}) {
            assertFalse(AlwaysExcluded.compilerMade(type(ordinary, AccessFlags.PUBLIC)), ordinary);
        }
    }

    /** What Scala 3 adds, as scalac 3.3 writes it. */
    @Test
    void scalasDefaultArgumentsLazyInitialisersAndTraitHelpersAreNeverTimed() {
        FakeType calc = type("com.acme.Calc", AccessFlags.PUBLIC);
        for (String generated : new String[]{"public greetWith$default$2()", "public copy$default$1()",
                "private expensive$lzyINIT1()", "public com$acme$Tagged$_setter_$tag_$eq(java.lang.String)",
                "public static $init$(com.acme.Tagged)"}) {
            assertTrue(excluded(calc, generated), generated);
        }
        FakeType shape = type("com.acme.Shape", AccessFlags.PUBLIC | AccessFlags.INTERFACE | AccessFlags.ABSTRACT);
        assertTrue(excluded(shape, "public static describe$(com.acme.Shape)"), "a trait's static helper");
        assertFalse(excluded(shape, "public describe()"), "the trait's default method itself");
        assertFalse(excluded(calc, "public static describe$(int)"), "a class's method may end with $");
        assertFalse(excluded(calc, "public greetWith(java.lang.String,java.lang.String)"));
    }
}
