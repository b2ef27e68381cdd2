package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BratFileTest {

    // an emoji before the spans: brat counts it as one character, Java as two
    private static final String TEXT = "\uD83D\uDE00 Ola Berg said the ferry is back.";

    @Test
    void readsFragmentsAndEventsInJavaOffsets() {
        String ann = "T1\tSource 2 10\tOla Berg\nT2\tCue 11 15\tsaid\nT3\tContent 16 26;27 33\tthe ferry is back\n"
                + "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3\n";
        List<BratAttribution> as = BratFile.read(ann, TEXT);
        assertThat(as).hasSize(1);
        BratAttribution a = as.get(0);
        assertThat(TEXT.substring(a.source().start(), a.source().end())).isEqualTo("Ola Berg");
        assertThat(TEXT.substring(a.cue().start(), a.cue().end())).isEqualTo("said");
        assertThat(a.content().fragments()).hasSize(2);
    }

    @Test
    void writesWhatItReads() {
        int s = TEXT.indexOf("Ola");
        int c = TEXT.indexOf("said");
        int t = TEXT.indexOf("the");
        BratAttribution a = new BratAttribution(new BratSpan("Source", List.of(new int[] {s, s + 8})),
                new BratSpan("Cue", List.of(new int[] {c, c + 4})), new BratSpan("Content", List.of(new int[] {t, TEXT.length() - 1})));
        String written = BratFile.write(List.of(a), TEXT);
        assertThat(written).contains("Source 2 10\tOla Berg").contains("E1\tAttribution:");
        BratAttribution back = BratFile.read(written, TEXT).get(0);
        assertThat(back.source().sameAs(a.source())).isTrue();
        assertThat(back.content().sameAs(a.content())).isTrue();
    }
}
