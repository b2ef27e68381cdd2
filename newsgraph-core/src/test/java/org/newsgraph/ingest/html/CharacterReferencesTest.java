package org.newsgraph.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class CharacterReferencesTest {

    private static final String[] CASES = {
        "Fish &amp; chips", "it&#8217;s", "a&#x2014;b", "&nbsp;x", "&NotNestedGreaterGreater;", "?a=1&b=2",
        "x&utm_source=feed&utm_medium=rss", "&copy=1", "&copy 2024", "&copy2", "&notit;", "&amp", "&ampx", "&a1b;",
        "& x", "&=", "&#x;", "&#12", "&#0;", "&#150;", "&#x110000;", "&Amp;", "&AMP;", "&zz;", "end&", "&&amp;",
        "caf&eacute", "&#xD800;", "R&D&eacute;",
    };

    @Test
    void decodesAsJsoupDoesInTextAndInAttributes() {
        for (String s : CASES) {
            for (boolean attribute : new boolean[] {false, true}) {
                assertThat(CharacterReferences.decode(s, 0, s.length(), attribute)).as(s + " attribute=" + attribute)
                        .isEqualTo(Parser.unescapeEntities(s, attribute));
            }
        }
    }

    @Test
    void decodesOnlyTheSpanAsked() {
        String s = "<p title=\"Tom &amp; Jerry\">";
        int from = s.indexOf('T');
        int to = s.lastIndexOf('"');
        assertThat(CharacterReferences.decode(s, from, to, true)).isEqualTo("Tom & Jerry");
    }
}
