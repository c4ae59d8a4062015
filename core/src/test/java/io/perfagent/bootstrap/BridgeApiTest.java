package io.perfagent.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins the bridge's public surface (what woven code and the agent call) to {@link BridgeClasses#API}: a change to it
 * fails here until {@code bridge-api.txt} is updated, and updating it means raising the number, which the agent
 * checks against the bridge loaded in the JVM (an older bridge left by an earlier agent refuses a newer one).
 */
class BridgeApiTest {

    private static final List<Class<?>> BRIDGE = List.of(
            AgentErrors.class, AgentExit.class, AgentState.class, BridgeClasses.class, BucketLayout.class,
            Clock.class, HotKeys.class,
            JdbcKeyHolder.class, JdbcKeys.class, JdbcState.class, JdbcTimings.class, KeyCounts.class,
            RecorderTable.class, Recorders.class, SampleBuffer.class, SampleConsumer.class, Samples.class,
            SlowCalls.class, SlowCalls.SlowCallListener.class, ThreadAllocation.class, ThreadRecorder.class,
            TickCounter.class, Timings.class, WeakIdentityTable.class);

    @Test
    void thePublicSurfaceIsTheOneRecordedForThisApiNumber() throws IOException {
        List<String> recorded = recorded();
        assertEquals("API " + BridgeClasses.API, recorded.get(0),
                "bridge-api.txt was written for another BridgeClasses.API");
        assertEquals(String.join("\n", recorded.subList(1, recorded.size())), String.join("\n", surface()),
                "the bridge's public surface changed: raise BridgeClasses.API and write the new surface into "
                        + "core/src/test/resources/bridge-api.txt");
    }

    private static List<String> surface() {
        List<String> lines = new ArrayList<>();
        for (Class<?> type : BRIDGE) {
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            String owner = type.getName().substring(type.getPackageName().length() + 1);
            for (Method method : type.getDeclaredMethods()) {
                if (isPublic(method)) {
                    lines.add(owner + "." + method.getName() + parameters(method.getParameterTypes()) + " "
                            + method.getReturnType().getTypeName());
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (isPublic(constructor)) {
                    lines.add(owner + ".<init>" + parameters(constructor.getParameterTypes()));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (isPublic(field)) {
                    lines.add(owner + "#" + field.getName() + " " + field.getType().getTypeName());
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    private static boolean isPublic(Member member) {
        return Modifier.isPublic(member.getModifiers()) && !member.isSynthetic();
    }

    private static String parameters(Class<?>[] types) {
        return Arrays.stream(types).map(Class::getTypeName).collect(Collectors.joining(",", "(", ")"));
    }

    private static List<String> recorded() throws IOException {
        try (InputStream in = BridgeApiTest.class.getResourceAsStream("/bridge-api.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isBlank() && !line.startsWith("//")).collect(Collectors.toList());
        }
    }
}
