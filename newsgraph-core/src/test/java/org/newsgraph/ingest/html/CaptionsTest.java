package org.newsgraph.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Image;

/** Figure captions of web pages get the credits dumps print too (issue 15; invented captions). */
class CaptionsTest {

    private static Image figure(String caption) {
        return Captions.image(Jsoup.parse("<figure><img src='x.jpg'><figcaption>" + caption + "</figcaption></figure>")
                .selectFirst("figcaption"));
    }

    @Test
    void anAgencyInBracketsAndANameOverAnOutlet() {
        assertThat(figure("Ferry workers walk past the quay in Karsk, 3 May 2024. (EPA)"))
                .extracting("caption", "credit").containsExactly("Ferry workers walk past the quay in Karsk, 3 May 2024.", "EPA");
        assertThat(figure("Farmers queue at the grain store. Mira Tollan / The Karsk Ledger"))
                .extracting("credit", "photographer").containsExactly("Mira Tollan / The Karsk Ledger", "Mira Tollan");
        assertThat(figure("The old bridge at dusk. Courtesy Karsk Harbour Museum").credit()).isEqualTo("Courtesy Karsk Harbour Museum");
    }

    @Test
    void aNameInBracketsAloneIsNotEnoughOnTheWeb() {
        // a figure caption may end with an aside; only a credit sure of its form is split off
        assertThat(figure("The mayor, left, with the council (Karsk Town Hall)").credit()).isNull();
        assertThat(figure("Officials at the signing (L-R)").credit()).isNull();
    }
}
