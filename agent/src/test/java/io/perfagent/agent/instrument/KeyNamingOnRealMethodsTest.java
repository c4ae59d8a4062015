package io.perfagent.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fixtures.shop.ReportService;
import io.perfagent.core.select.KeyNamer;
import io.perfagent.core.select.MethodFacts;
import io.perfagent.core.select.MethodSelector;
import java.util.List;
import java.util.stream.Collectors;
import net.bytebuddy.description.type.TypeDescription;
import org.junit.jupiter.api.Test;

/** Keys as the agent will name them: facts from Byte Buddy, names from the core's KeyNamer. */
class KeyNamingOnRealMethodsTest {

    @Test
    void overloadsGetSimpleParameterListsOthersDoNot() {
        TypeDescription service = TypeDescription.ForLoadedType.of(ReportService.class);
        MethodSelector selector = SelectionMatchersTest.selector("fixtures.shop.ReportService#*");
        List<MethodFacts> selected = service.getDeclaredMethods()
                .filter(SelectionMatchers.methodsOf(selector, service)).stream()
                .sorted((a, b) -> (a.getInternalName() + a.getDescriptor()).compareTo(b.getInternalName() + b.getDescriptor()))
                .map(ByteBuddyFacts::method).collect(Collectors.toList());

        assertEquals(List.of("fixtures.shop.ReportService#compute",
                "fixtures.shop.ReportService#render()",
                "fixtures.shop.ReportService#render(String, Order.Line)",
                "fixtures.shop.ReportService#supplier"), KeyNamer.keys(service.getName(), selected));
    }
}
