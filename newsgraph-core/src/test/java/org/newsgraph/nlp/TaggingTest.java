package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The light tagging pass the quote and event stages read, with the real CoreNLP models. */
class TaggingTest {

    private static final NlpEngine ENGINE = NlpEngine.news();

    @Test
    void tagsWordsWithTheirPartsOfSpeechAtTheirOffsets() {
        String text = "The mayor said the pier is safe.";
        Analysis a = ENGINE.tag(text);
        Token said = a.tokens().stream().filter(t -> t.text().equals("said")).findFirst().orElseThrow();
        assertThat(said.pos()).isEqualTo("VBD");
        assertThat(text.substring(said.start(), said.end())).isEqualTo("said");
        assertThat(a.tokens().stream().filter(t -> t.text().equals("pier")).findFirst().orElseThrow().pos())
                .isEqualTo("NN");
    }

    @Test
    void anArticleTaggedTwiceIsTaggedOnce() {
        // the quote stage and the event stage both ask; the second gets the first's analysis, even for a copy
        String text = "Harbour master Ilse Brandt says the engines are worn out.";
        Analysis first = ENGINE.tag(text);
        assertThat(ENGINE.tag(new String(text.toCharArray()))).isSameAs(first);
        assertThat(ENGINE.tag(text + " The ferry was late.")).isNotSameAs(first);
    }
}
