package io.perfagent.core.select;

/**
 * The optional leading modifier of a method pattern ({@code public com.example.*}): which method visibility the
 * pattern selects. Immutable.
 */
public enum Visibility {
    PUBLIC, PROTECTED, PRIVATE, PACKAGE;

    /** The modifier as written in a pattern, or null when {@code word} is not one. */
    public static Visibility fromKeyword(String word) {
        for (Visibility v : values()) {
            if (v.keyword().equals(word)) {
                return v;
            }
        }
        return null;
    }

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether JVM access flags {@code modifiers} carry this visibility. */
    public boolean matches(int modifiers) {
        switch (this) {
            case PUBLIC:
                return (modifiers & AccessFlags.PUBLIC) != 0;
            case PROTECTED:
                return (modifiers & AccessFlags.PROTECTED) != 0;
            case PRIVATE:
                return (modifiers & AccessFlags.PRIVATE) != 0;
            default:
                return (modifiers & (AccessFlags.PUBLIC | AccessFlags.PROTECTED | AccessFlags.PRIVATE)) == 0;
        }
    }
}
