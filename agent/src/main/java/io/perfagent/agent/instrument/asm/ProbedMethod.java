package io.perfagent.agent.instrument.asm;

import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * A method's code as it streams past, with a probe woven around it: {@link #onEnter()} runs first, {@link #onExit}
 * before every return and, when the probe catches what the method throws, in a handler around the whole body that
 * rethrows. The probe keeps its values in local variables of its own ({@link #local}), placed above every slot the
 * method uses ({@code firstFreeSlot}, the method's {@code max_locals}); every stack map frame gets them appended, so
 * the method's own locals and frames stay exactly as they were. The handler is the last entry of the exception
 * table, so the method's own handlers still see their exceptions first; in it only the probe's locals are live (the
 * method's are TOP, which every type fits), whatever the method stored where.
 *
 * <p>The method's {@code max_stack} grows by what the probe pushes at most ({@code stackNeed}) above the deepest stack
 * the method has (on entry the stack is empty, before a return it holds no more than {@code max_stack}, in the
 * handler only the Throwable), so the class writer never has to analyse the code to compute it: computing it cost
 * each woven class a control flow analysis while the application starts, interpreted.
 *
 * <p>Subclasses emit their code through {@link #mv}, the next visitor, so it is not seen again here. Needs frames
 * expanded by the reader ({@code ClassReader.EXPAND_FRAMES}). For one method, on one thread.
 */
public abstract class ProbedMethod extends MethodVisitor {

    private static final String THROWABLE = "java/lang/Throwable";

    private final boolean catchesThrown;
    private final boolean writesFrames;
    private final int firstFreeSlot;
    private final int stackNeed;
    private final Object[] localTypes;
    private final int[] localSlots;
    private final Label bodyStart = new Label();
    private final Label handler = new Label();

    /**
     * @param localTypes    the frame types of the probe's locals ({@code Opcodes.LONG}, an internal class name)
     * @param catchesThrown whether {@link #onExit} also runs, with the Throwable on the stack, when the method throws
     * @param writesFrames  whether the class file carries stack map frames (version 50 and later)
     * @param stackNeed     the most stack slots {@link #onEnter} or {@link #onExit} push above what they find
     */
    protected ProbedMethod(MethodVisitor target, int firstFreeSlot, Object[] localTypes, boolean catchesThrown,
                           boolean writesFrames, int stackNeed) {
        super(Opcodes.ASM9, target);
        this.stackNeed = stackNeed;
        this.catchesThrown = catchesThrown;
        this.writesFrames = writesFrames;
        this.firstFreeSlot = firstFreeSlot;
        this.localTypes = localTypes.clone();
        this.localSlots = new int[localTypes.length];
        int slot = firstFreeSlot;
        for (int i = 0; i < localTypes.length; i++) {
            localSlots[i] = slot;
            slot += isWide(localTypes[i]) ? 2 : 1;
        }
    }

    /** Emits the probe's entry code (through {@link #mv}). */
    protected abstract void onEnter();

    /**
     * Emits the probe's exit code (through {@link #mv}) before {@code opcode}: a return instruction with its value on
     * the stack, or {@code ATHROW} in the handler with the Throwable on the stack. The stack must be left as found.
     */
    protected abstract void onExit(int opcode);

    /** The slot of the probe's {@code index}-th local variable. */
    protected final int local(int index) {
        return localSlots[index];
    }

    @Override
    public void visitCode() {
        super.visitCode();
        onEnter();
        if (catchesThrown) {
            mv.visitLabel(bodyStart);
        }
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
            onExit(opcode);
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        if (type != Opcodes.F_NEW) {
            throw new IllegalStateException("stack map frames must be expanded");
        }
        Object[] locals = withProbeLocals(local, numLocal);
        super.visitFrame(Opcodes.F_NEW, locals.length, locals, numStack, stack);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        if (catchesThrown) {
            mv.visitTryCatchBlock(bodyStart, handler, handler, THROWABLE);
            mv.visitLabel(handler);
            if (writesFrames) {
                Object[] locals = withProbeLocals(new Object[0], 0);
                mv.visitFrame(Opcodes.F_NEW, locals.length, locals, 1, new Object[] {THROWABLE});
            }
            onExit(Opcodes.ATHROW);
            mv.visitInsn(Opcodes.ATHROW);
        }
        int end = localTypes.length == 0 ? firstFreeSlot
                : local(localTypes.length - 1) + (isWide(localTypes[localTypes.length - 1]) ? 2 : 1);
        int deepestFound = catchesThrown ? Math.max(maxStack, 1) : maxStack; // the handler starts with the Throwable
        super.visitMaxs(deepestFound + stackNeed, Math.max(maxLocals, end));
    }

    /** {@code local} padded with TOP up to the first free slot, then the probe's locals. */
    private Object[] withProbeLocals(Object[] local, int numLocal) {
        int slots = 0;
        for (int i = 0; i < numLocal; i++) {
            slots += isWide(local[i]) ? 2 : 1;
        }
        int padding = Math.max(0, firstFreeSlot - slots);
        Object[] out = new Object[numLocal + padding + localTypes.length];
        System.arraycopy(local, 0, out, 0, numLocal);
        for (int i = 0; i < padding; i++) {
            out[numLocal + i] = Opcodes.TOP;
        }
        System.arraycopy(localTypes, 0, out, numLocal + padding, localTypes.length);
        return out;
    }

    private static boolean isWide(Object frameType) {
        return Opcodes.LONG.equals(frameType) || Opcodes.DOUBLE.equals(frameType);
    }

    /** Pushes {@code value} with the shortest instruction. */
    protected final void pushInt(int value) {
        if (value >= -1 && value <= 5) {
            mv.visitInsn(Opcodes.ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.SIPUSH, value);
        } else {
            mv.visitLdcInsn(value);
        }
    }
}
