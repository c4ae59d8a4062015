package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.asm.ProbedMethod;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The JDBC probes, one {@link Kind} per advised method, each a call into the bootstrap bridge {@code JdbcTimings}
 * (which never throws). Timed kinds keep the thread's recorder from {@code JdbcTimings.recorder()} (looked up once per
 * call), take the start from {@code JdbcTimings.enter(recorder)} and report on normal and exceptional exit; the
 * others only pass what the method was given or returned, on normal exit. The statement
 * ({@code this}) and the SQL argument are copied on entry into the probe's own locals, so the exit sees what the
 * method was called with whatever it does to its own variables.
 */
final class JdbcProbe extends ProbedMethod {

    private static final String BRIDGE = "io/perfagent/bootstrap/JdbcTimings";
    private static final String OBJECT = "java/lang/Object";
    private static final String STRING = "java/lang/String";

    /**
     * What a probe does; the locals each needs, in order, are given as frame types. A timed kind's are the start time,
     * what it reports on (the statement, its SQL or the data source) and the thread's recorder.
     */
    enum Kind {
        /** {@code execute*(String sql, ...)} of a statement: timed under the SQL's key. */
        SQL_EXECUTE(true, Opcodes.LONG, STRING, OBJECT),
        /** {@code execute*()} of a prepared or callable statement: timed under the key tied to it when prepared. */
        EXECUTE(true, Opcodes.LONG, OBJECT, OBJECT),
        /** {@code executeBatch()}, {@code executeLargeBatch()}: timed, one entry per batched command. */
        BATCH(true, Opcodes.LONG, OBJECT, OBJECT),
        /** {@code addBatch(String)}: keeps the batch's SQL. */
        ADD_BATCH(false, OBJECT, STRING),
        /** {@code clearBatch()}. */
        CLEAR_BATCH(false, OBJECT),
        /** {@code Connection.prepareStatement/prepareCall(String sql, ...)}: ties the SQL's key to the statement. */
        PREPARE(false, STRING),
        /** {@code DataSource.getConnection()} and {@code getConnection(user, password)}: timed as kind pool. */
        GET_CONNECTION(true, Opcodes.LONG, OBJECT, OBJECT);

        final boolean timed;
        final Object[] locals;

        Kind(boolean timed, Object... locals) {
            this.timed = timed;
            this.locals = locals;
        }
    }

    /**
     * The most any kind's code pushes above what it finds: {@link #batchExit}'s copy of the result, the statement,
     * the recorder, the start time (2 slots) and the error flag.
     */
    private static final int STACK_NEED = 6;
    private static final int RECORDER = 2;

    private final Kind kind;

    JdbcProbe(MethodVisitor target, Kind kind, int firstFreeSlot, boolean writesFrames) {
        super(target, firstFreeSlot, kind.locals, kind.timed, writesFrames, STACK_NEED);
        this.kind = kind;
    }

    @Override
    protected void onEnter() {
        if (kind.timed) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "recorder", "()Ljava/lang/Object;", false);
            mv.visitInsn(Opcodes.DUP);
            mv.visitVarInsn(Opcodes.ASTORE, local(RECORDER));
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "enter", "(Ljava/lang/Object;)J", false);
            mv.visitVarInsn(Opcodes.LSTORE, local(0));
        }
        switch (kind) {
            case SQL_EXECUTE:
                copy(1, local(1)); // the SQL, the first argument
                break;
            case EXECUTE:
            case BATCH:
            case GET_CONNECTION:
                copy(0, local(1)); // this
                break;
            case ADD_BATCH:
                copy(0, local(0));
                copy(1, local(1));
                break;
            case CLEAR_BATCH:
                copy(0, local(0));
                break;
            case PREPARE:
                copy(1, local(0));
                break;
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    @Override
    protected void onExit(int opcode) {
        boolean thrown = opcode == Opcodes.ATHROW;
        switch (kind) {
            case SQL_EXECUTE:
                timedExit(local(1), "exitSql", "(Ljava/lang/String;Ljava/lang/Object;JZ)V", thrown);
                break;
            case EXECUTE:
                timedExit(local(1), "exitStatement", "(Ljava/lang/Object;Ljava/lang/Object;JZ)V", thrown);
                break;
            case GET_CONNECTION:
                timedExit(local(1), "exitPool", "(Ljava/lang/Object;Ljava/lang/Object;JZ)V", thrown);
                break;
            case BATCH:
                batchExit(opcode);
                break;
            case ADD_BATCH:
                mv.visitVarInsn(Opcodes.ALOAD, local(0));
                mv.visitVarInsn(Opcodes.ALOAD, local(1));
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "addBatch", "(Ljava/lang/Object;Ljava/lang/String;)V",
                        false);
                break;
            case CLEAR_BATCH:
                mv.visitVarInsn(Opcodes.ALOAD, local(0));
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "clearBatch", "(Ljava/lang/Object;)V", false);
                break;
            case PREPARE:
                if (opcode == Opcodes.ARETURN) {
                    mv.visitInsn(Opcodes.DUP); // the statement being returned
                    mv.visitVarInsn(Opcodes.ALOAD, local(0));
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "prepared",
                            "(Ljava/lang/Object;Ljava/lang/String;)V", false);
                }
                break;
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    private void timedExit(int subjectSlot, String method, String descriptor, boolean thrown) {
        mv.visitVarInsn(Opcodes.ALOAD, subjectSlot);
        mv.visitVarInsn(Opcodes.ALOAD, local(RECORDER));
        mv.visitVarInsn(Opcodes.LLOAD, local(0));
        mv.visitInsn(thrown ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, method, descriptor, false);
    }

    /** {@code exitBatch(statement, counts, recorder, start, error)}: counts is the returned array, null when none. */
    private void batchExit(int opcode) {
        if (opcode == Opcodes.ARETURN) {
            mv.visitInsn(Opcodes.DUP);
            mv.visitVarInsn(Opcodes.ALOAD, local(1));
            mv.visitInsn(Opcodes.SWAP);
        } else { // thrown, or a result that is no array (not JDBC's signature): timed without counts
            mv.visitVarInsn(Opcodes.ALOAD, local(1));
            mv.visitInsn(Opcodes.ACONST_NULL);
        }
        mv.visitVarInsn(Opcodes.ALOAD, local(RECORDER));
        mv.visitVarInsn(Opcodes.LLOAD, local(0));
        mv.visitInsn(opcode == Opcodes.ATHROW ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "exitBatch",
                "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;JZ)V", false);
    }

    private void copy(int argumentSlot, int probeSlot) {
        mv.visitVarInsn(Opcodes.ALOAD, argumentSlot);
        mv.visitVarInsn(Opcodes.ASTORE, probeSlot);
    }
}
