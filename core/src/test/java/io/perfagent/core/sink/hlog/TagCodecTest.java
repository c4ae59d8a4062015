package io.perfagent.core.sink.hlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TagCodecTest {

    @ParameterizedTest
    @CsvFileSource(resources = "/sink/tag-cases.csv", delimiter = '|', ignoreLeadingAndTrailingWhitespace = false)
    void encodesOnlyWhatTheLogFormatCannotCarry(String key, String tag) {
        assertEquals(tag, TagCodec.encode(key));
        assertEquals(key, TagCodec.decode(tag));
    }

    @Test
    void decodingIsTheInverseForAnyText() {
        Random random = new Random(7);
        String alphabet = "aZ09 ,=%\t\n\r\u00a0\u2003é€#()?'\"\\;:";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(10) == 0) {
                s.appendCodePoint(0x1F600); // outside the BMP
            }
            String encoded = TagCodec.encode(s.toString());
            assertFalse(encoded.matches("(?s).*[,\\s=].*"), encoded);
            assertEquals(s.toString(), TagCodec.decode(encoded));
        }
    }

    @Test
    void aStrayPercentInAForeignTagIsKept() {
        assertEquals("50%off%z", TagCodec.decode("50%off%z"));
    }
}
