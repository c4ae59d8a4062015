package io.perfagent.agent.instrument;

import io.perfagent.core.select.MethodPatternParser;
import io.perfagent.core.select.MethodSelector;
import org.junit.jupiter.api.Test;
import sample.candidates.AnnotatedFixtures.MonitoredClass;
import sample.candidates.AnnotatedFixtures.Plain;
import sample.candidates.AnnotatedFixtures.TimedMethod;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MethodCandidatesTest {

    private static MethodCandidates candidates(String... includes) {
        return new MethodCandidates(MethodSelector.of(
                MethodPatternParser.parse("methods.include", List.of(includes)).patterns(), List.of()));
    }

    private static boolean mayTransform(MethodCandidates candidates, Class<?> type) {
        return candidates.mayTransform(ClassFiles.internalName(type), ClassFiles.of(type));
    }

    @Test
    void methodAnnotationIncludeNeedsTheAnnotationInTheClassFile() {
        MethodCandidates candidates = candidates("@" + sample.candidates.AnnotatedFixtures.Timed.class.getName());

        assertTrue(mayTransform(candidates, TimedMethod.class));
        assertFalse(mayTransform(candidates, Plain.class));
        assertFalse(mayTransform(candidates, MonitoredClass.class));
    }

    @Test
    void classAnnotationIncludeSeesClassRetainedAnnotations() {
        MethodCandidates candidates = candidates("@@" + sample.candidates.AnnotatedFixtures.Monitored.class.getName());

        assertTrue(mayTransform(candidates, MonitoredClass.class));
        assertFalse(mayTransform(candidates, TimedMethod.class));
    }

    @Test
    void nameIncludesDecideByNameAlone() {
        MethodCandidates candidates = candidates(Plain.class.getName().replace("$Plain", "$P*"));

        assertTrue(mayTransform(candidates, Plain.class));
        assertFalse(mayTransform(candidates, TimedMethod.class));
    }
}
