package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/** Datelines in the forms wires and papers print them, on invented stories (issue 15). */
class DatelinesTest {

    private static Dateline at(String paragraph) {
        Optional<Datelines.Found> f = Datelines.find(paragraph, 0);
        assertThat(f).as(paragraph).isPresent();
        Dateline d = f.get().dateline();
        assertThat(paragraph.substring(d.start(), d.end()).strip()).isEqualTo(d.text());
        assertThat(paragraph.substring(d.placeStart(), d.placeEnd())).isEqualTo(d.place());
        return d;
    }

    @Test
    void wireDatelinesWithAgencyAndDate() {
        Dateline reuters = at("KARSK, Jan 9 (Reuters) - The ferry union ended its strike on Friday.");
        assertThat(reuters).extracting("place", "agency", "text").containsExactly("KARSK", "Reuters", "KARSK, Jan 9 (Reuters) -");
        assertThat(Datelines.find("KARSK, Jan 9 (Reuters) - The ferry union ended its strike.", 0).get().day())
                .isEqualTo(MonthDay.parse("Jan 9").get());

        Dateline ap = at("PELLIN BAY, Norland (AP) \u2014 A suspected attack struck a ferry early Friday.");
        assertThat(ap).extracting("place", "agency").containsExactly("PELLIN BAY, Norland", "AP");

        Dateline dated = at("GAZA CITY, March 3, 2024 (AP) \u2014 Rescuers searched the rubble.");
        assertThat(dated.place()).isEqualTo("GAZA CITY");
        assertThat(Datelines.find("GAZA CITY, March 3, 2024 (AP) \u2014 Rescuers searched.", 0).get().year()).isEqualTo(2024);
    }

    @Test
    void papersDatelinesWithColonOrSlashes() {
        assertThat(at("RIYADH: The kingdom's crown prince received his first dose.")).extracting("place", "agency")
                .containsExactly("RIYADH", null);
        assertThat(at("KARSK, Norland: Talks remain in their first phase.").place()).isEqualTo("KARSK, Norland");
        assertThat(at("ABU DHABI // The museum's dome was lifted into place.").place()).isEqualTo("ABU DHABI");
        assertThat(at("Erbil, Kurdistan Region (Kurdistan 24) \u2013 A delegation met officials.").agency()).isEqualTo("Kurdistan 24");
    }

    @Test
    void titleCasePlacesNeedADashAndAnAgencyADateOrAKnownPlace() {
        assertThat(at("Beirut \u2014 Lebanon's parliament met on Monday.").place()).isEqualTo("Beirut");
        assertThat(at("Baghdad (AP) \u2014 The prime minister withdrew.").agency()).isEqualTo("AP");
        assertThat(Datelines.find("Meanwhile \u2014 the talks went on.", 0)).isEmpty();
        assertThat(Datelines.find("Meanwhile \u2014 The talks went on.", 0)).isEmpty();
        assertThat(Datelines.find("Karsk: The council met on Monday.", 0)).as("title case with a colon").isEmpty();
    }

    @Test
    void whatOnlyLooksLikeADateline() {
        assertThat(Datelines.find("UPDATE: The vote was postponed.", 0)).isEmpty();
        assertThat(Datelines.find("BREAKING \u2014 The vote was postponed.", 0)).isEmpty();
        assertThat(Datelines.find("US-led forces left the base on Monday.", 0)).isEmpty();
        assertThat(Datelines.find("The ferry union (which has 300 members) - said no.", 0)).isEmpty();
        assertThat(Datelines.find("KARSK - and other towns voted no.", 0)).as("a lower-case continuation").isEmpty();
        assertThat(Datelines.find("\"We have what we asked for,\" Dagny Okoru said.", 0)).isEmpty();
    }

    @Test
    void foundInTheFirstParagraphsOfAnArticleWithItsOffsets() {
        Article a = Article.assemble(new Source("t", null, "text", 0), "Ferry Strike Ends", Published.unknown(), List.of(),
                List.of(Block.paragraph("\u2022 The strike lasted nine days"), Block.paragraph("KARSK: The union ended its strike.")));
        Dateline d = Datelines.find(a).orElseThrow().dateline();
        assertThat(a.text().substring(d.placeStart(), d.placeEnd())).isEqualTo("KARSK");
        assertThat(a.text().substring(d.start(), d.end())).isEqualTo("KARSK: ");
    }
}
