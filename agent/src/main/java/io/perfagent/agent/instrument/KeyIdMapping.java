package io.perfagent.agent.instrument;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

import java.util.function.ToIntBiFunction;

/**
 * Binds {@link KeyId} parameters to an int constant computed from the instrumented type and method at transformation
 * time (e.g. by registering {@code com.example.Svc#find} and taking its id). Called on the transforming thread.
 */
final class KeyIdMapping implements Advice.OffsetMapping.Factory<KeyId> {

    private final ToIntBiFunction<TypeDescription, MethodDescription> idForMethod;

    KeyIdMapping(ToIntBiFunction<TypeDescription, MethodDescription> idForMethod) {
        this.idForMethod = idForMethod;
    }

    @Override
    public Class<KeyId> getAnnotationType() {
        return KeyId.class;
    }

    @Override
    public Advice.OffsetMapping make(ParameterDescription.InDefinedShape target,
                                     AnnotationDescription.Loadable<KeyId> annotation,
                                     AdviceType adviceType) {
        if (!target.getType().represents(int.class)) {
            throw new IllegalStateException("@KeyId must annotate an int parameter: " + target);
        }
        return (TypeDescription instrumentedType, MethodDescription instrumentedMethod, Assigner assigner,
                Advice.ArgumentHandler argumentHandler, Advice.OffsetMapping.Sort sort) ->
                Advice.OffsetMapping.Target.ForStackManipulation.of(
                        idForMethod.applyAsInt(instrumentedType, instrumentedMethod));
    }
}
