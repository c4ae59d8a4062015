package io.perfagent.agent.instrument;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the advice parameter that receives the instrumented method's key id. The id is resolved once, when the class
 * is transformed, and woven in as an int constant ({@link KeyIdMapping}), so a call never looks a key up.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface KeyId {
}
