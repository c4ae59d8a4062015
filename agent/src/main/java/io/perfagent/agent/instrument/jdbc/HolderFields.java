package io.perfagent.agent.instrument.jdbc;

import io.perfagent.bootstrap.JdbcKeyHolder;
import net.bytebuddy.description.modifier.FieldManifestation;
import net.bytebuddy.description.modifier.FieldPersistence;
import net.bytebuddy.description.modifier.SyntheticState;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.implementation.FieldAccessor;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Gives a statement class two private fields and {@link JdbcKeyHolder}'s accessors for them, so a statement carries
 * its key id and batch state itself (one field read per execution, gone with the statement). Only possible while a
 * class is first defined — a retransformation may not add fields — so {@link JdbcTransformer} applies it to new
 * classes, and again, identically, when a class that already has them is retransformed by some other tool.
 */
final class HolderFields {

    static final String KEY_ID = "perfagent$keyId";
    static final String BATCH = "perfagent$batch";

    private HolderFields() {
    }

    static DynamicType.Builder<?> add(DynamicType.Builder<?> builder) {
        return builder
                .defineField(KEY_ID, int.class, Visibility.PRIVATE, SyntheticState.SYNTHETIC,
                        FieldPersistence.TRANSIENT, FieldManifestation.PLAIN)
                .defineField(BATCH, Object.class, Visibility.PRIVATE, SyntheticState.SYNTHETIC,
                        FieldPersistence.TRANSIENT, FieldManifestation.PLAIN)
                .implement(JdbcKeyHolder.class)
                .method(named(KEY_ID).and(takesArguments(0).or(takesArguments(int.class))))
                .intercept(FieldAccessor.ofField(KEY_ID))
                .method(named(BATCH).and(takesArguments(0).or(takesArguments(Object.class))))
                .intercept(FieldAccessor.ofField(BATCH));
    }

    /** True when {@code type} was defined with the fields (so a retransformation must keep them). */
    static boolean declaredBy(Class<?> type) {
        try {
            type.getDeclaredField(KEY_ID);
            return true;
        } catch (NoSuchFieldException | LinkageError | SecurityException absent) {
            return false;
        }
    }
}
