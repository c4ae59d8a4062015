package io.perfagent.agent.instrument;

import io.perfagent.agent.instrument.asm.ClassBytes;
import io.perfagent.agent.instrument.asm.MethodParameters;

import java.nio.charset.StandardCharsets;

/**
 * Keeps the parameter names of the classes perfagent retransforms (attach, background start, reload, detach). Some
 * JDKs, 17 among them, give a retransforming agent a class file rebuilt from the loaded class without its
 * {@code MethodParameters} attribute (JDK-8240908), and the class file the agents return replaces the class: an
 * application compiled with {@code -parameters} would then see {@code arg0} where it saw {@code id}, and a Spring MVC
 * handler with an unnamed {@code @PathVariable} would fail. When a retransformed class file lacks the attribute while
 * the class file its loader serves has it, the names are copied back ({@link MethodParameters}); classes being
 * defined are passed over at once, retransformed classes compiled without {@code -parameters} after one scan of the
 * constant pool of the class file their loader serves. Registered, able
 * to retransform, from perfagent's first retransformation until its detach (a {@code -javaagent} start that is never
 * reloaded never registers it); its position among the other transformers does not matter, since it only adds the
 * attribute to whatever class file it is given. Thread-safe.
 */
public final class ParameterNamesKeeper extends GuardedTransformer {

    private static final ConstantPool.Utf8Test ATTRIBUTE =
            new ConstantPool.Equals("MethodParameters".getBytes(StandardCharsets.US_ASCII));

    public ParameterNamesKeeper() {
        super(new CandidateFilter() {
            @Override
            public boolean mayTransform(String internalName, byte[] classFile) {
                return true; // asked before it is known whether the class is being retransformed
            }
        });
    }

    @Override
    protected byte[] weave(ClassLoader loader, String name, Class<?> redefined, byte[] classFile) {
        if (redefined == null) {
            return null; // a class being defined has its class file as compiled
        }
        byte[] original = ClassBytes.of(loader, name);
        if (original == null || !ConstantPool.anyUtf8(original, ATTRIBUTE)) {
            return null; // compiled without -parameters (most classes), or no class file to read them from
        }
        // the retransformed class file keeps the original's constant pool, so only its methods tell what was lost
        return MethodParameters.copy(original, classFile);
    }
}
