package io.perfagent.agent.instrument;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConstantPoolTest {

    /** Longs and doubles take two constant pool entries; the names after them must still be found. */
    static final class WithWideConstants {
        static final long BIG = 0x1234_5678_9ABCL;
        static final double RATIO = 0.123456789;
        static long FIELD = BIG;

        double methodAfterWideConstants() {
            return RATIO * FIELD;
        }
    }

    private static ConstantPool.Utf8Test named(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        return (classFile, offset, length) -> ConstantPool.equals(classFile, offset, length, bytes);
    }

    @Test
    void findsDeclaredMethodNamesPastWideConstants() {
        byte[] classFile = ClassFiles.of(WithWideConstants.class);

        assertTrue(ConstantPool.anyUtf8(classFile, named("methodAfterWideConstants")));
        assertTrue(ConstantPool.anyUtf8(classFile, named("java/lang/Object")));
        assertFalse(ConstantPool.anyUtf8(classFile, named("methodAfter")));
        assertFalse(ConstantPool.anyUtf8(classFile, named("noSuchName")));
    }

    @Test
    void readsEveryEntryOfAJdkClass() {
        byte[] classFile = ClassFiles.of(String.class);
        int[] entries = new int[1];

        assertFalse(ConstantPool.anyUtf8(classFile, (bytes, offset, length) -> {
            entries[0]++;
            return false;
        }));
        assertTrue(entries[0] > 100, "String's constant pool has hundreds of names, read " + entries[0]);
        assertTrue(ConstantPool.anyUtf8(classFile, named("indexOf")));
    }

    @Test
    void unreadableClassFilesAnswerMaybe() {
        byte[] classFile = ClassFiles.of(WithWideConstants.class);
        ConstantPool.Utf8Test never = (bytes, offset, length) -> false;

        assertTrue(ConstantPool.anyUtf8(Arrays.copyOf(classFile, 40), never), "truncated");
        assertTrue(ConstantPool.anyUtf8(new byte[]{1, 2, 3, 4, 0, 0, 0, 52, 0, 2}, never), "not a class file");
        byte[] unknownTag = classFile.clone();
        unknownTag[10] = 99;
        assertTrue(ConstantPool.anyUtf8(unknownTag, never), "unknown constant tag");
    }

    @Test
    void prefixAndExactComparisons() {
        byte[] entry = "executeQuery".getBytes(StandardCharsets.US_ASCII);
        byte[] execute = "execute".getBytes(StandardCharsets.US_ASCII);

        assertTrue(ConstantPool.startsWith(entry, 0, entry.length, execute));
        assertFalse(ConstantPool.equals(entry, 0, entry.length, execute));
        assertTrue(ConstantPool.equals(entry, 0, 7, execute));
        assertFalse(ConstantPool.startsWith(entry, 0, 6, execute));
    }
}
