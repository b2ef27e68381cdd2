package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static List<String> quoted(String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        List<Span> spans = new java.util.ArrayList<>();
        int at = 0;
        for (String p : paragraphs) {
            spans.add(new Span(at, at + p.length()));
            at += p.length() + 2;
        }
        return QuoteMarks.find(text, spans).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void curlyStraightAndDoubledSingleMarks() {
        assertThat(quoted("\u201CNo,\u201D she said. He said \"maybe\" and ''perhaps,'' then left."))
                .containsExactly("No", "maybe", "perhaps");
    }

    @Test
    void nestedQuoteStaysInsideTheOuterOne() {
        assertThat(quoted("\"The sign read \u201Cclosed\u201D all week,\" he said.")).containsExactly(
                "The sign read \u201Cclosed\u201D all week");
    }

    @Test
    void quoteRunsOnWhileTheNextParagraphReopensIt() {
        assertThat(quoted("\u201CFirst part.", "\u201CSecond part.", "\u201CLast part,\u201D she said.", "Other text."))
                .containsExactly("First part.\n\n\u201CSecond part.\n\n\u201CLast part");
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraphWhenTheNextDoesNotReopen() {
        assertThat(quoted("He shouted \u201Cstop the trucks", "Then the police came.")).containsExactly("stop the trucks");
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(quoted("The farmers' union and Lena's shop")).isEmpty();
    }
}
