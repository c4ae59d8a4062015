package io.perfagent.agent.instrument.method;

import io.perfagent.agent.instrument.asm.ClassHeaders;
import io.perfagent.core.select.TypeFacts;
import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * What method selection reads from one class file: its name, annotations and declared methods, parsed without the
 * methods' code, and its supertypes, walked lazily through {@link ClassHeaders} (most patterns never ask). Annotation
 * types are named as the class file names them, without loading them, so a pattern on an annotation matches even when
 * the annotation's own class is not on the class path. For the thread that read it.
 */
public final class ClassFile implements TypeFacts {

    private final ClassHeaders headers;
    private final String internalName;
    private final int access;
    private final String[] directSupertypes;
    private final List<String> annotations = new ArrayList<>();
    private final List<DeclaredMethod> methods = new ArrayList<>();
    private SuperTypes superTypes;

    private ClassFile(ClassHeaders headers, ClassReader reader) {
        this.headers = headers;
        this.internalName = reader.getClassName();
        this.access = reader.getAccess();
        this.directSupertypes = ClassHeaders.directSupertypes(reader);
    }

    /** Parses {@code classFile}; supertypes beyond the direct ones are looked up in {@code headers}. */
    public static ClassFile read(byte[] classFile, ClassHeaders headers) {
        ClassReader reader = new ClassReader(classFile);
        ClassFile file = new ClassFile(headers, reader);
        reader.accept(file.new Reader(), ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return file;
    }

    public String internalName() {
        return internalName;
    }

    /** The methods and constructors the class declares (static initialiser included), in class file order. */
    public List<DeclaredMethod> methods() {
        return methods;
    }

    @Override
    public String name() {
        return internalName.replace('/', '.');
    }

    @Override
    public int modifiers() {
        return access;
    }

    @Override
    public Collection<String> annotationNames() {
        return annotations;
    }

    @Override
    public Iterable<String> superTypeNames() {
        if (superTypes == null) {
            superTypes = new SuperTypes();
        }
        return superTypes;
    }

    static String annotationName(String descriptor) {
        return Type.getType(descriptor).getClassName();
    }

    private final class Reader extends ClassVisitor {
        Reader() {
            super(Opcodes.ASM9);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            annotations.add(annotationName(descriptor));
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            DeclaredMethod method = new DeclaredMethod(name, descriptor, access);
            methods.add(method);
            return method.annotationReader();
        }
    }

    /**
     * Breadth-first walk of superclasses and interfaces, read only as far as a caller iterates: a supertype's own
     * class file is read only when the caller wants more than the types already found.
     */
    private final class SuperTypes implements Iterable<String> {
        private final List<String> found = new ArrayList<>();
        private final ArrayDeque<String> unread = new ArrayDeque<>();
        private final Set<String> seen = new HashSet<>();

        SuperTypes() {
            seen.add(internalName);
            add(directSupertypes);
        }

        private void add(String[] supertypes) {
            for (String supertype : supertypes) {
                if (seen.add(supertype)) {
                    found.add(supertype.replace('/', '.'));
                    unread.add(supertype);
                }
            }
        }

        /** Makes {@code found} longer than {@code index} if the hierarchy allows; false when exhausted. */
        private boolean reach(int index) {
            while (found.size() <= index && !unread.isEmpty()) {
                add(headers.supertypes(unread.poll()));
            }
            return found.size() > index;
        }

        @Override
        public Iterator<String> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return reach(next);
                }

                @Override
                public String next() {
                    if (!reach(next)) {
                        throw new NoSuchElementException();
                    }
                    return found.get(next++);
                }
            };
        }
    }
}
