package io.perfagent.agent.instrument;

import java.nio.charset.StandardCharsets;

/**
 * Reads what a class file itself declares: the interfaces it implements directly and the names of its methods. Where
 * {@link ConstantPool#anyUtf8} passes a class for every name it merely mentions (a method it calls, a type it uses),
 * this passes only the classes that declare one: the repository that calls {@code executeQuery} is not a statement.
 *
 * <p>Stateless; plain code only (no lambdas), as it runs inside class loading; allocates one array per class (the
 * constant pool's offsets), and two strings per method whose name passes the cheap test. A class file it cannot read
 * answers "maybe" ({@code true}), so the class goes on to the transformer exactly as without the filter.
 */
public final class ClassDeclarations {

    private ClassDeclarations() {
    }

    /** A declared method whose name passed the cheap test on the class file's bytes; only those are decoded. */
    public interface MethodTest {
        boolean test(int access, String name, String descriptor);
    }

    private static final MethodTest ANY_METHOD = new AnyMethod();

    /**
     * True when a directly implemented interface's internal name passes {@code interfaces}, or a declared method's name
     * passes {@code methods}, or the class file cannot be read.
     */
    public static boolean anyDeclared(byte[] classFile, ConstantPool.Utf8Test interfaces, ConstantPool.Utf8Test methods) {
        return anyDeclared(classFile, interfaces, methods, ANY_METHOD);
    }

    /**
     * As {@link #anyDeclared(byte[], ConstantPool.Utf8Test, ConstantPool.Utf8Test)}, where a method whose name passes
     * {@code methodNames} must also pass {@code methods} (access, name and descriptor, decoded only then).
     */
    public static boolean anyDeclared(byte[] classFile, ConstantPool.Utf8Test interfaces,
                                      ConstantPool.Utf8Test methodNames, MethodTest methods) {
        return anyDeclared(classFile, null, interfaces, methodNames, methods);
    }

    /**
     * As {@link #anyDeclared(byte[], ConstantPool.Utf8Test, ConstantPool.Utf8Test, MethodTest)}, for a class whose
     * constant pool has some {@code CONSTANT_Utf8} entry passing {@code mentioned} ({@code null}: any class): every
     * name the other tests can pass should pass it, so the class that mentions none of them, most classes, is turned
     * away by one pass over the pool that stores nothing, before the pool is mapped or any declaration read.
     */
    public static boolean anyDeclared(byte[] classFile, ConstantPool.Utf8Test mentioned,
                                      ConstantPool.Utf8Test interfaces, ConstantPool.Utf8Test methodNames,
                                      MethodTest methods) {
        int[] offsets = ConstantPool.entryOffsets(classFile, mentioned);
        if (offsets == null) {
            return true;
        }
        if (offsets == ConstantPool.NONE_PASSED) {
            return false;
        }
        try {
            int at = offsets[offsets.length - 1] + 6; // past access_flags, this_class, super_class
            int interfaceCount = ConstantPool.u2(classFile, at);
            at += 2;
            for (int i = 0; i < interfaceCount; i++, at += 2) {
                int classEntry = offsets[ConstantPool.u2(classFile, at)];
                if (classFile[classEntry] != ConstantPool.CLASS) {
                    return true;
                }
                int result = testUtf8(classFile, offsets, ConstantPool.u2(classFile, classEntry + 1), interfaces);
                if (result != 0) {
                    return true;
                }
            }
            at = skipMembers(classFile, at); // fields
            int methodCount = ConstantPool.u2(classFile, at);
            at += 2;
            for (int i = 0; i < methodCount; i++) {
                int name = ConstantPool.u2(classFile, at + 2);
                int result = testUtf8(classFile, offsets, name, methodNames);
                if (result < 0 || result > 0 && methods.test(ConstantPool.u2(classFile, at),
                        utf8(classFile, offsets, name), utf8(classFile, offsets, ConstantPool.u2(classFile, at + 4)))) {
                    return true;
                }
                at = skipMember(classFile, at);
            }
            return false;
        } catch (ArrayIndexOutOfBoundsException malformed) {
            return true;
        }
    }

    /** 1 when the Utf8 entry at {@code index} passes, 0 when it does not, -1 when it is not a Utf8 entry. */
    private static int testUtf8(byte[] classFile, int[] offsets, int index, ConstantPool.Utf8Test test) {
        int entry = offsets[index];
        if (index == 0 || classFile[entry] != ConstantPool.UTF8) {
            return -1;
        }
        return test.test(classFile, entry + 3, ConstantPool.u2(classFile, entry + 1)) ? 1 : 0;
    }

    /**
     * The Utf8 entry at {@code index} as a string. Class files hold modified UTF-8, which differs from UTF-8 only for
     * the NUL character and characters outside the BMP; names and descriptors the callers compare are ASCII.
     */
    private static String utf8(byte[] classFile, int[] offsets, int index) {
        int entry = offsets[index];
        if (index == 0 || classFile[entry] != ConstantPool.UTF8) {
            throw new ArrayIndexOutOfBoundsException("not a Utf8 entry: " + index); // read as malformed: "maybe"
        }
        return new String(classFile, entry + 3, ConstantPool.u2(classFile, entry + 1), StandardCharsets.UTF_8);
    }

    private static final class AnyMethod implements MethodTest {
        @Override
        public boolean test(int access, String name, String descriptor) {
            return true;
        }
    }

    /** Skips a count-prefixed table of field_info or method_info; returns the offset after it. */
    private static int skipMembers(byte[] classFile, int at) {
        int count = ConstantPool.u2(classFile, at);
        at += 2;
        for (int i = 0; i < count; i++) {
            at = skipMember(classFile, at);
        }
        return at;
    }

    /** Skips one field_info or method_info: access, name, descriptor, then its attributes. */
    private static int skipMember(byte[] classFile, int at) {
        int attributes = ConstantPool.u2(classFile, at + 6);
        at += 8;
        for (int i = 0; i < attributes; i++) {
            at += 6 + ConstantPool.u4(classFile, at + 2);
        }
        return at;
    }
}
