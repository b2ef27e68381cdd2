package org.newsgraph.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

    @Test
    void declaredLatinCharsetIsHonoured() {
        byte[] b = "<meta charset=\"iso-8859-1\"><p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(HtmlDecoder.decode(b).text()).contains("caf\u00e9");
    }

    @Test
    void validUtf8BeatsAWrongDeclaration() {
        byte[] b = "<meta charset=\"windows-1252\"><p>S\u00e3o Paulo \u2014 \u201cquoted\u201d</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(b).text()).contains("S\u00e3o Paulo \u2014 \u201cquoted\u201d");
    }

    @Test
    void latinBytesDeclaredUtf8DoNotCrash() {
        byte[] b = "<meta charset=\"utf-8\"><p>Montr\u00e9al</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(HtmlDecoder.decode(b).text()).contains("Montr\u00e9al");
    }

    @Test
    void unknownOrNonsenseCharsetNamesFallBack() {
        for (String name : new String[] {"x-no-such-charset", "utf-16", "\u00ff\u00fe", ""}) {
            byte[] b = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + name + "\"><p>na\u00efve</p>")
                    .getBytes(StandardCharsets.ISO_8859_1);
            assertThat(HtmlDecoder.decode(b).text()).contains("na\u00efve");
        }
    }

    @Test
    void byteOrderMarkDecidesAndIsRemoved() {
        byte[] body = "<p>\u00fcber</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] b = new byte[body.length + 2];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xFE;
        System.arraycopy(body, 0, b, 2, body.length);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(b);
        assertThat(d.text()).isEqualTo("<p>\u00fcber</p>");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void declaredShiftJisIsUsed() {
        Charset sjis = Charset.forName("Shift_JIS");
        byte[] b = "<meta charset=shift_jis><p>\u65e5\u672c\u8a9e</p>".getBytes(sjis);
        assertThat(HtmlDecoder.decode(b).text()).contains("\u65e5\u672c\u8a9e");
    }
}
