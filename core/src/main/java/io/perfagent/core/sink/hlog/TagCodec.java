package io.perfagent.core.sink.hlog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Makes any key usable as an HdrHistogram log tag, reversibly. The log format splits on commas, spaces and line
 * breaks, and SQL keys contain all of them, so {@code %}, {@code ,}, {@code =}, whitespace and control characters
 * are written as {@code %XX} (their UTF-8 bytes in hex); everything else is kept as is, so tags stay readable.
 * {@code decode(encode(s)) == s} for every well-formed string (see TagCodecTest). Stateless; thread-safe.
 */
public final class TagCodec {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TagCodec() {
    }

    public static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (needsEscape(cp)) {
                for (byte b : text.substring(i, i + width).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            } else {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out.toString();
    }

    private static boolean needsEscape(int cp) {
        return cp == '%' || cp == ',' || cp == '=' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE;
    }

    /** The original text; a {@code %} not followed by two hex digits is kept literally (tags not written by us). */
    public static String decode(String tag) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(tag.length());
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c == '%' && i + 2 < tag.length() && hex(tag.charAt(i + 1)) >= 0 && hex(tag.charAt(i + 2)) >= 0) {
                bytes.write(hex(tag.charAt(i + 1)) * 16 + hex(tag.charAt(i + 2)));
                i += 2;
            } else {
                byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < tag.length()) {
                    plain = tag.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(plain, 0, plain.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
