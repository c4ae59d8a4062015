package io.perfagent.core.select;

/** Why one pattern item was rejected; never leaves {@link MethodPatternParser}, which turns it into a warning. */
final class MalformedPatternException extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedPatternException(String reason) {
        super(reason, null, false, false);
    }
}
