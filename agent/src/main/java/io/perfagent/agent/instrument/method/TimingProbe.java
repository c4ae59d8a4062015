package io.perfagent.agent.instrument.method;

import io.perfagent.agent.instrument.asm.ProbedMethod;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The timing probe of one selected method: on entry the thread's allocated-bytes counter (when allocation is tracked)
 * and then the clock ({@code Clock.now()}: the JVM's tick counter or {@code System.nanoTime}); on exit one static call
 * hands the key id (a constant) and the start values to the bootstrap bridge ({@code Timings}), which never throws.
 * Methods are timed on normal and exceptional exit; constructors on normal completion only, since no handler may cover
 * the code before {@code super(...)}.
 */
final class TimingProbe extends ProbedMethod {

    private static final String BRIDGE = "io/perfagent/bootstrap/Timings";
    private static final String CLOCK = "io/perfagent/bootstrap/Clock";
    private static final String ALLOCATION = "io/perfagent/bootstrap/ThreadAllocation";
    private static final Object[] TIME = {Opcodes.LONG};
    private static final Object[] TIME_AND_ALLOCATION = {Opcodes.LONG, Opcodes.LONG};

    private final int keyId;
    private final boolean allocation;

    TimingProbe(MethodVisitor target, int keyId, boolean allocation, boolean constructor, int firstFreeSlot,
                boolean writesFrames) {
        // on exit: key id, start time (2 slots), start allocation (2), error flag
        super(target, firstFreeSlot, allocation ? TIME_AND_ALLOCATION : TIME, !constructor, writesFrames,
                allocation ? 6 : 4);
        this.keyId = keyId;
        this.allocation = allocation;
    }

    @Override
    protected void onEnter() {
        if (allocation) {
            // read before the clock, so its own cost stays out of the latency
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, ALLOCATION, "currentThreadAllocatedBytes", "()J", false);
            mv.visitVarInsn(Opcodes.LSTORE, local(1));
        }
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, CLOCK, "now", "()J", false);
        mv.visitVarInsn(Opcodes.LSTORE, local(0));
    }

    @Override
    protected void onExit(int opcode) {
        pushInt(keyId);
        mv.visitVarInsn(Opcodes.LLOAD, local(0));
        if (allocation) {
            mv.visitVarInsn(Opcodes.LLOAD, local(1));
            mv.visitInsn(opcode == Opcodes.ATHROW ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "recordTimeAndAlloc", "(IJJZ)V", false);
        } else {
            mv.visitInsn(opcode == Opcodes.ATHROW ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "recordTime", "(IJZ)V", false);
        }
    }
}
