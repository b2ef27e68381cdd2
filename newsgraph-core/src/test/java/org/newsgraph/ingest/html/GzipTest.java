package org.newsgraph.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.InputProblem;

class GzipTest {

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    /** 200 MB of zeros, about 200 KB compressed. */
    static byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) gz.write(zeros);
        }
        return out.toByteArray();
    }

    @Test
    void inflatesWithinTheCap() throws Exception {
        byte[] gz = gzip("<html>hello</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(Gzip.isGzip(gz)).isTrue();
        Gzip.Inflated in = Gzip.inflate(gz, 1024);
        assertThat(new String(in.bytes(), StandardCharsets.UTF_8)).isEqualTo("<html>hello</html>");
        assertThat(in.damage()).isNull();
    }

    @Test
    void aBombIsAProblemNotAnOutOfMemoryError() throws Exception {
        byte[] bomb = bomb();
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThatThrownBy(() -> Gzip.inflate(bomb, Gzip.DEFAULT_CAP))
                .isInstanceOf(InputProblem.class).hasMessageContaining("expands past 64 MB");
    }

    @Test
    void aTruncatedStreamGivesWhatItHad() throws Exception {
        byte[] text = "<p>some text that repeats</p>\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
        byte[] gz = gzip(text);
        Gzip.Inflated in = Gzip.inflate(Arrays.copyOf(gz, gz.length / 2), Gzip.DEFAULT_CAP);
        assertThat(in.damage()).contains("truncated");
        assertThat(in.bytes().length).isGreaterThan(0).isLessThan(text.length);
    }

    @Test
    void headSniffsWithoutInflatingEverything() throws Exception {
        assertThat(Gzip.head(bomb(), 16)).hasSize(16);
        assertThat(Gzip.head(new byte[] {0x1f, (byte) 0x8b, 1, 2}, 16)).isEmpty();
    }
}
