package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    private static List<TextLines.Line> lines(byte[] bytes, int cap) throws Exception {
        List<TextLines.Line> out = new ArrayList<>();
        try (TextLines t = TextLines.open(new InputFile("t.txt", bytes), cap)) {
            for (TextLines.Line l = t.next(); l != null; l = t.next()) out.add(l);
        }
        return out;
    }

    @Test
    void linesAndOffsetsAreThoseOfTheDecodedText() throws Exception {
        // a \r\n falls across the 64 KB chunk boundary; offsets count the text after \r\n became \n
        String first = "a".repeat(65535);
        byte[] bytes = (first + "\r\nsecond\rthird\n").getBytes(StandardCharsets.UTF_8);
        String decoded = TextDecoder.decode(bytes);
        List<TextLines.Line> lines = lines(bytes, 1_000_000);
        assertThat(lines).extracting(TextLines.Line::text).containsExactly(first, "second", "third", "");
        for (TextLines.Line l : lines) {
            assertThat(decoded.substring((int) l.offset(), (int) (l.offset() + l.length()))).isEqualTo(l.text());
        }
    }

    @Test
    void aLineOverTheCapComesBackWithoutItsText() throws Exception {
        List<TextLines.Line> lines = lines("short\nmuch too long\nok".getBytes(StandardCharsets.UTF_8), 8);
        assertThat(lines).extracting(TextLines.Line::text).containsExactly("short", null, "ok");
        assertThat(lines.get(1).length()).isEqualTo(13);
        assertThat(lines.get(2).offset()).isEqualTo(20);
    }

    @Test
    void anInvalidByteIsReportedAtItsPositionEvenFarIntoTheFile() {
        byte[] bytes = ("ok\n".repeat(50_000) + "bad \u00e9").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xFF;
        assertThatThrownBy(() -> lines(bytes, 100)).isInstanceOf(InputProblem.class)
                .hasMessage("invalid UTF-8 at byte " + (bytes.length - 2));
    }
}
