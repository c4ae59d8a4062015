package io.perfagent.core.select;

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
}
