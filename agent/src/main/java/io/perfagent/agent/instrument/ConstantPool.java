package io.perfagent.agent.instrument;

/**
 * Reads the names a class file mentions straight from its constant pool, without parsing the class. A class that
 * declares a method, implements an interface or carries an annotation has that name (or the annotation's descriptor)
 * as a {@code CONSTANT_Utf8} entry, so the class-load pre-filter ({@link PrefilteredTransformer}) can pass on the
 * classes that cannot be woven before Byte Buddy spends tens of microseconds describing each one.
 *
 * <p>Stateless and allocation-free; plain code only (no lambdas), as it runs inside class loading. A class file that is malformed, or has a constant it does not know, answers
 * "maybe" ({@code true}), so the class goes on to Byte Buddy exactly as without the filter.
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

    private static final int MAGIC = 0xCAFEBABE;

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
                int tag = classFile[at] & 0xFF;
                switch (tag) {
                    case 1: // Utf8
                        int length = u2(classFile, at + 1);
                        if (test.test(classFile, at + 3, length)) {
                            return true;
                        }
                        at += 3 + length;
                        break;
                    case 7: case 8: case 16: case 19: case 20: // Class, String, MethodType, Module, Package
                        at += 3;
                        break;
                    case 15: // MethodHandle
                        at += 4;
                        break;
                    case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18: // 4-byte constants, refs
                        at += 5;
                        break;
                    case 5: case 6: // Long, Double: take two entries
                        at += 9;
                        index++;
                        break;
                    default:
                        return true;
                }
            }
            return false;
        } catch (ArrayIndexOutOfBoundsException truncated) {
            return true;
        }
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

    private static int u2(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static int u4(byte[] b, int at) {
        return (u2(b, at) << 16) | u2(b, at + 2);
    }
}
