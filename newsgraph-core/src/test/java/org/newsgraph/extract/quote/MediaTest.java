package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.quote.Newsroom.startingWith;
import static org.newsgraph.extract.quote.Newsroom.story;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

class MediaTest {

    @Test
    void toldAnAgencyInAnInterview() {
        Quote q = startingWith(story("\u201CThe border stays open,\u201D Pavel Nowak told Reuters in an interview in Gdansk.").quotes(), "The border");
        assertThat(q.medium()).isEqualTo("Reuters");
        assertThat(q.setting()).isEqualTo("interview");
    }

    @Test
    void inASpeech() {
        Quote q = startingWith(story("Party leader Ana Costa said in a speech on Sunday that taxes would fall.").quotes(), "taxes would fall");
        assertThat(q.medium()).isEqualTo("speech");
        assertThat(q.speaker()).isEqualTo("Ana Costa");
    }

    @Test
    void viaAChatApp() {
        Quote q = startingWith(story("\u201CWe have no bread,\u201D Lina Farouk told the BBC via a chat app.").quotes(), "We have no bread");
        assertThat(q.medium()).isEqualTo("BBC");
        Quote r = startingWith(story("\u201CWe have no bread,\u201D Lina Farouk said via a chat app.").quotes(), "We have no bread");
        assertThat(r.medium()).isEqualTo("chat app");
    }

    @Test
    void toldReportersAtAPlace() {
        Quote q = startingWith(story("\u201CThe aid is on its way,\u201D spokesperson Jon Berge told reporters at the Foreign Office.").quotes(), "The aid");
        assertThat(q.speaker()).isEqualTo("Jon Berge");
        assertThat(q.medium()).isEqualTo("reporters");
        assertThat(q.setting()).isEqualTo("Foreign Office");
    }

    @Test
    void statementOnAPlatform() {
        Quote q = startingWith(story("In a statement posted late on Friday on Telegram, militia commander Idris Kato said the convoy was attacked.").quotes(),
                "the convoy");
        assertThat(q.speaker()).isEqualTo("Idris Kato");
        assertThat(q.medium()).isEqualTo("Telegram");
    }
}
