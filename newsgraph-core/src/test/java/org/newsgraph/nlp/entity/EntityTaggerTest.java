package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.NlpEngine;

/** The shipped model on invented sentences, alone and behind the engine's tokeniser. */
class EntityTaggerTest {

    private static List<String> words(String sentence) {
        return Arrays.asList(sentence.split(" "));
    }

    private static Map<String, String> typed(List<List<String>> sentences) {
        return EntityTagger.standard().tag(sentences).stream().collect(Collectors.toMap(
                n -> String.join(" ", sentences.get(n.sentence()).subList(n.first(), n.end())), EntityTagger.Name::type,
                (a, b) -> a));
    }

    @Test
    void tagsPeopleOrganisationsAndPlacesInNewsSentences() {
        Map<String, String> t = typed(List.of(
                words("Finance Minister Liis Tamm told reporters in Tallinn on Monday that the European Union would help ."),
                words("Tamm said Nordvik Bank had agreed to lend 40 million euros to the city of Tartu .")));
        assertThat(t).containsEntry("Liis Tamm", "PERSON").containsEntry("Tallinn", "LOCATION")
                .containsEntry("European Union", "ORGANIZATION").containsEntry("Tamm", "PERSON")
                .containsEntry("Nordvik Bank", "ORGANIZATION").containsEntry("Tartu", "LOCATION");
        assertThat(t).doesNotContainKeys("Monday", "Finance Minister Liis Tamm");
    }

    @Test
    void nationalityWordsAreMisc() {
        Map<String, String> t = typed(List.of(words("Two Estonian ships and a German tug left the port at dawn .")));
        assertThat(t).containsEntry("Estonian", "MISC").containsEntry("German", "MISC");
    }

    @Test
    void namesNeverStartOrEndInsideAHyphenatedWord() {
        String text = "Fighters of Saraya al-Qasim and the Tartu-based Nordvik Bank met al-Rahim's envoy. "
                + "The Moscow-backed side said the US-led talks had failed.";
        Analysis a = NlpEngine.news().analyze(text, null);
        assertThat(a.mentions()).isNotEmpty();
        for (Mention m : a.mentions()) {
            assertThat(m.text()).as(m.toString()).doesNotStartWith("-").doesNotEndWith("-");
            boolean cutBefore = m.start() > 1 && text.charAt(m.start() - 1) == '-' && Character.isLetter(text.charAt(m.start() - 2));
            boolean cutAfter = m.end() + 1 < text.length() && text.charAt(m.end()) == '-' && Character.isLetter(text.charAt(m.end() + 1));
            assertThat(cutBefore || cutAfter).as(m + " cuts a hyphenated word").isFalse();
        }
    }

    @Test
    void tokensInsideANameCarryItsType() {
        Analysis a = NlpEngine.news().analyze("Liis Tamm flew to Tartu on Monday.", null);
        Mention tamm = a.mentions().stream().filter(m -> m.text().equals("Liis Tamm")).findFirst().orElseThrow();
        for (int t = tamm.firstToken(); t < tamm.endToken(); t++) assertThat(a.tokens().get(t).ner()).isEqualTo("PERSON");
        for (var k : a.tokens()) {
            if (k.index() < tamm.firstToken() || k.index() >= tamm.endToken()) {
                assertThat(k.ner()).as(k.text()).isNotEqualTo("PERSON");
            }
        }
    }
}
