package org.newsgraph.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NamesTest {

    private static Element div(String attributes) {
        return Jsoup.parse("<div " + attributes + ">x</div>").selectFirst("div");
    }

    @Test
    void wordsMatchAtWordStartsAndPartsAnywhere() {
        Names.Words words = Names.words("nav|comment");
        Names.Words parts = Names.parts("nav|com-");
        assertThat(words.in("site-nav")).isTrue();
        assertThat(words.in("unavailable-box")).isFalse();
        assertThat(parts.in("unavailable-box")).isTrue();
        assertThat(parts.in("telecom-box")).isTrue();
        assertThat(parts.in("story")).isFalse();
    }

    @Test
    void aNameAsksEveryListWhatTheStringWould() {
        Names.Words words = Names.words("comment|related");
        Names.Words tokens = Names.Words.tokens("ad|tags");
        for (String attributes : new String[] {"class='post-comments'", "id='Related_Links'", "class='ad slot'",
                "class='read-more'", "class='tags-list' id='x'", "class='badge'", "", "class='Über comments'"}) {
            Element e = div(attributes);
            String plain = Names.of(e);
            Names.Name name = Names.name(e);
            assertThat(words.in(name)).as(attributes).isEqualTo(words.in(plain));
            assertThat(tokens.in(name)).as(attributes).isEqualTo(tokens.in(plain));
        }
    }

    @Test
    void containsIgnoresCaseWithoutBuildingTheName() {
        assertThat(Names.contains(div("class='WP-Caption alignleft'"), "caption")).isTrue();
        assertThat(Names.contains(div("id='photo-caption'"), "caption")).isTrue();
        assertThat(Names.contains(div("class='captain'"), "caption")).isFalse();
        assertThat(Names.contains(div(""), "caption")).isFalse();
    }
}
