package io.perfagent.agent.instrument;

/**
 * Reads the names a class file mentions straight from its constant pool, without parsing the class. A class that
 * declares a method, implements an interface or carries an annotation has that name (or the annotation's descriptor)
 * as a {@code CONSTANT_Utf8} entry, so the transformers' class-load pre-filters ({@link CandidateFilter}) can pass on
 * the classes that cannot be woven before any of them is parsed.
 *
 * <p>Stateless; {@link #anyUtf8} allocates nothing, {@link #entryOffsets} one array. Plain code only (no lambdas), as it
 * runs inside class loading. A class file that is malformed, or has a constant it does not know, answers
 * "maybe" ({@code true}), so the class is parsed and judged exactly as without the filter.
 */
public final class ConstantPool {

    /** Tests one {@code CONSTANT_Utf8} entry: {@code length} bytes of modified UTF-8 at {@code offset}. */
    @FunctionalInterface
    public interface Utf8Test {
        boolean test(byte[] classFile, int offset, int length);
    }

    /** Passes the entry that is exactly one name (ASCII). */
    public static final class Equals implements Utf8Test {
        private final byte[] name;

        public Equals(byte[] name) {
            this.name = name;
        }

        @Override
        public boolean test(byte[] classFile, int offset, int length) {
            return ConstantPool.equals(classFile, offset, length, name);
        }
    }

    /** What {@link #entryOffsets(byte[], Utf8Test)} answers when no {@code CONSTANT_Utf8} entry passes its test. */
    static final int[] NONE_PASSED = new int[0];

    private static final int MAGIC = 0xCAFEBABE;
    static final byte UTF8 = 1;
    static final byte CLASS = 7;

    private ConstantPool() {
    }

    /** True when some {@code CONSTANT_Utf8} entry passes {@code test}, or when the constant pool cannot be read. */
    public static boolean anyUtf8(byte[] classFile, Utf8Test test) {
        try {
            if (u4(classFile, 0) != MAGIC) {
                return true;
            }
            int count = u2(classFile, 8);
            int at = 10;
            for (int index = 1; index < count; index++) {
                int length = entryLength(classFile, at);
                if (length < 0) {
                    return true;
                }
                if (classFile[at] == UTF8 && test.test(classFile, at + 3, length - 3)) {
                    return true;
                }
                if (isWide(classFile[at])) {
                    index++;
                }
                at += length;
            }
            return false;
        } catch (ArrayIndexOutOfBoundsException truncated) {
            return true;
        }
    }

    /**
     * The offset of each constant pool entry by its index (0 for index 0 and for the second slot of a long or double),
     * and, at index {@code constant_pool_count}, the offset just past the pool; null when the pool cannot be read.
     */
    static int[] entryOffsets(byte[] classFile) {
        return entryOffsets(classFile, null);
    }

    /**
     * As {@link #entryOffsets(byte[])}, but {@link #NONE_PASSED} when no {@code CONSTANT_Utf8} entry passes
     * {@code required} ({@code null}: no test).
     */
    static int[] entryOffsets(byte[] classFile, Utf8Test required) {
        // most classes pass no test: a first pass that stores nothing turns them away, only the rest are mapped
        return required == null || anyUtf8(classFile, required) ? mapEntries(classFile) : NONE_PASSED;
    }

    private static int[] mapEntries(byte[] classFile) {
        try {
            if (u4(classFile, 0) != MAGIC) {
                return null;
            }
            int count = u2(classFile, 8);
            int[] offsets = new int[count + 1];
            int at = 10;
            for (int index = 1; index < count; index++) {
                int length = entryLength(classFile, at);
                if (length < 0) {
                    return null;
                }
                offsets[index] = at;
                if (isWide(classFile[at])) {
                    index++;
                }
                at += length;
            }
            offsets[count] = at;
            return offsets;
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException truncated) {
            return null;
        }
    }

    /** Bytes taken by the constant whose tag is at {@code at}, or -1 for a tag this reader does not know. */
    private static int entryLength(byte[] classFile, int at) {
        switch (classFile[at]) {
            case UTF8:
                return 3 + u2(classFile, at + 1);
            case CLASS: case 8: case 16: case 19: case 20: // Class, String, MethodType, Module, Package
                return 3;
            case 15: // MethodHandle
                return 4;
            case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18: // 4-byte constants, refs
                return 5;
            case 5: case 6: // Long, Double
                return 9;
            default:
                return -1;
        }
    }

    /** Long and Double take two entries. */
    private static boolean isWide(byte tag) {
        return tag == 5 || tag == 6;
    }

    /** True when the entry at {@code offset} is exactly {@code name} (ASCII). */
    public static boolean equals(byte[] classFile, int offset, int length, byte[] name) {
        return length == name.length && startsWith(classFile, offset, length, name);
    }

    /** True when the entry at {@code offset} begins with {@code prefix} (ASCII). */
    public static boolean startsWith(byte[] classFile, int offset, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (classFile[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int u2(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    static int u4(byte[] b, int at) {
        return (u2(b, at) << 16) | u2(b, at + 2);
    }
}
