package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String TEXT = "Café in Kraków\nsecond line";

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void dropsTheUtf8Bom() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(TextDecoder.decode(concat(bom, TEXT.getBytes(StandardCharsets.UTF_8)))).isEqualTo(TEXT);
    }

    @Test
    void readsUtf16InBothByteOrders() throws Exception {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextDecoder.decode(le)).isEqualTo(TEXT);
        assertThat(TextDecoder.decode(be)).isEqualTo(TEXT);
    }

    @Test
    void windowsAndOldMacLineEndingsBecomeNewlines() throws Exception {
        String decoded = TextDecoder.decode("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8));
        assertThat(decoded).isEqualTo("a\nb\nc\n");
    }

    @Test
    void invalidUtf8IsReportedWithItsPosition() {
        byte[] bytes = concat("Headline\nbody ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28});
        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(InputProblem.class)
                .hasMessageContaining("invalid UTF-8")
                .hasMessageContaining("byte 14");
    }

    @Test
    void binaryContentIsRefused() {
        byte[] bytes = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(InputProblem.class)
                .hasMessageContaining("binary");
    }
}
