package io.perfagent.agent.instrument.method;

import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Weaves the timing probe into one method's code as it streams past: on entry the thread's allocated-bytes counter
 * (when allocation is tracked) and then the clock are stored in two new local variables; before every return, and in
 * a handler around the whole body that rethrows what it caught, one static call hands the key id (a constant) and the
 * start values to the bootstrap bridge. Nothing else of the method changes: its own locals keep their slots, the
 * probe's are placed above them ({@code firstFreeSlot}, the method's {@code max_locals}), and every stack map frame
 * gets them appended, so the original frames stay valid. The handler is the last entry of the exception table, so the
 * method's own handlers still see their exceptions first. Constructors are timed on normal completion only: no
 * handler may cover the code that runs before {@code super(...)}.
 *
 * <p>The bridge methods never throw (they count their own failures), so the woven code needs no handler of its own.
 * Requires frames expanded by the reader ({@code ClassReader.EXPAND_FRAMES}).
 */
final class TimingProbe extends MethodVisitor {

    private static final String BRIDGE = "io/perfagent/bootstrap/Timings";
    private static final String ALLOCATION = "io/perfagent/bootstrap/ThreadAllocation";
    private static final String THROWABLE = "java/lang/Throwable";

    private final int keyId;
    private final boolean allocation;
    private final boolean catchesThrown;
    private final boolean writesFrames;
    private final int firstFreeSlot;
    private final int allocSlot;
    private final int startSlot;
    private final Label bodyStart = new Label();
    private final Label handler = new Label();

    /**
     * @param firstFreeSlot the method's {@code max_locals}: the probe's variables go above every slot it uses
     * @param writesFrames  whether the class file carries stack map frames (version 50 and later)
     */
    TimingProbe(MethodVisitor target, int keyId, boolean allocation, boolean constructor, int firstFreeSlot,
                boolean writesFrames) {
        super(Opcodes.ASM9, target);
        this.keyId = keyId;
        this.allocation = allocation;
        this.catchesThrown = !constructor;
        this.writesFrames = writesFrames;
        this.firstFreeSlot = firstFreeSlot;
        this.allocSlot = firstFreeSlot;
        this.startSlot = allocation ? firstFreeSlot + 2 : firstFreeSlot;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        if (allocation) {
            // read before the clock, so its own cost stays out of the latency
            super.visitMethodInsn(Opcodes.INVOKESTATIC, ALLOCATION, "currentThreadAllocatedBytes", "()J", false);
            super.visitVarInsn(Opcodes.LSTORE, allocSlot);
        }
        super.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/System", "nanoTime", "()J", false);
        super.visitVarInsn(Opcodes.LSTORE, startSlot);
        if (catchesThrown) {
            super.visitLabel(bodyStart);
        }
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
            record(false);
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        if (type != Opcodes.F_NEW) {
            throw new IllegalStateException("stack map frames must be expanded");
        }
        Object[] locals = withProbeSlots(local, numLocal);
        super.visitFrame(Opcodes.F_NEW, locals.length, locals, numStack, stack);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        if (catchesThrown) {
            super.visitTryCatchBlock(bodyStart, handler, handler, THROWABLE);
            super.visitLabel(handler);
            if (writesFrames) {
                // Only the probe's slots are live in the handler: the method's own are TOP, which every type fits.
                Object[] locals = withProbeSlots(new Object[0], 0);
                super.visitFrame(Opcodes.F_NEW, locals.length, locals, 1, new Object[] {THROWABLE});
            }
            record(true);
            super.visitInsn(Opcodes.ATHROW);
        }
        super.visitMaxs(maxStack + 6, Math.max(maxLocals, startSlot + 2));
    }

    /** {@code local} padded with TOP up to {@link #firstFreeSlot}, then the probe's long slots. */
    private Object[] withProbeSlots(Object[] local, int numLocal) {
        int slots = 0;
        for (int i = 0; i < numLocal; i++) {
            slots += Opcodes.LONG.equals(local[i]) || Opcodes.DOUBLE.equals(local[i]) ? 2 : 1;
        }
        int padding = Math.max(0, firstFreeSlot - slots);
        Object[] out = new Object[numLocal + padding + (allocation ? 2 : 1)];
        System.arraycopy(local, 0, out, 0, numLocal);
        int next = numLocal;
        for (int i = 0; i < padding; i++) {
            out[next++] = Opcodes.TOP;
        }
        out[next++] = Opcodes.LONG;
        if (allocation) {
            out[next] = Opcodes.LONG;
        }
        return out;
    }

    private void record(boolean thrown) {
        pushInt(keyId);
        super.visitVarInsn(Opcodes.LLOAD, startSlot);
        if (allocation) {
            super.visitVarInsn(Opcodes.LLOAD, allocSlot);
        }
        super.visitInsn(thrown ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
        if (allocation) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "recordTimeAndAlloc", "(IJJZ)V", false);
        } else {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "recordTime", "(IJZ)V", false);
        }
    }

    private void pushInt(int value) {
        if (value >= -1 && value <= 5) {
            super.visitInsn(Opcodes.ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            super.visitIntInsn(Opcodes.BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            super.visitIntInsn(Opcodes.SIPUSH, value);
        } else {
            super.visitLdcInsn(value);
        }
    }
}
