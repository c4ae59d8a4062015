package io.perfagent.agent.attach;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MethodWeaverTest {

    @Test
    void anIncludeThatSelectedNothingIsNamedAndASubtypePatternSaysWhatItCannotReach() {
        assertEquals("methods.include pattern \"com.acme.Shop#buy\" matched no method during this run",
                MethodWeaver.unmatched("com.acme.Shop#buy"));
        assertEquals("methods.include pattern \"com.acme.repo.CustomerRepository+\" matched no method during this run"
                        + " (it selects the classes that extend or implement the type; an interface implemented only"
                        + " by generated proxies, such as a Spring Data repository, has none to time)",
                MethodWeaver.unmatched("com.acme.repo.CustomerRepository+"));
    }
}
