package org.newsgraph.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every way a number is written, read back to its value; and a seeded round trip over random values. */
class NumberFormsTest {

    private static List<Quantity> quantities(String s) {
        return Quantities.find(Words.of(s));
    }

    private static Quantity only(String s) {
        List<Quantity> q = quantities(s);
        assertThat(q).as(s).hasSize(1);
        return q.get(0);
    }

    private static String text(String s, Quantity q) {
        List<Word> w = Words.of(s);
        return s.substring(q.start(w), q.end(w));
    }

    @Test
    void digitsWithSeparatorsDecimalsAndScales() {
        assertThat(only("some 1,200 people").value()).isEqualTo(1200d);
        assertThat(only("surpassed 40,000 people").value()).isEqualTo(40000d);
        assertThat(only("its 2.3 million population").value()).isEqualTo(2_300_000d);
        assertThat(only("a 1.2bn loan").value()).isEqualTo(1_200_000_000d);
        assertThat(only("6 were hurt").value()).isEqualTo(6d);
        String s = "there were 2,500, not more.";
        assertThat(text(s, only(s))).isEqualTo("2,500");
    }

    @Test
    void numbersInWords() {
        assertThat(only("at least six Palestinians").value()).isEqualTo(6d);
        assertThat(only("twenty-five soldiers").value()).isEqualTo(25d);
        assertThat(only("two million people").value()).isEqualTo(2e6);
        assertThat(only("a dozen villages").value()).isEqualTo(12d);
        assertThat(only("two dozen boats").value()).isEqualTo(24d);
        assertThat(only("a hundred boats").value()).isEqualTo(100d);
        assertThat(only("two hundred and fifty thousand people").value()).isEqualTo(250_000d);
        assertThat(only("one hundred twenty-three men").value()).isEqualTo(123d);
    }

    @Test
    void wordsThatAreNotOneNumberAreSplitOrLeftAlone() {
        assertThat(quantities("five twenty")).extracting(Quantity::value).containsExactly(5d, 20d);
        assertThat(quantities("a man and a woman")).isEmpty();
        assertThat(quantities("and then")).isEmpty();
        assertThat(quantities("six and seven")).extracting(Quantity::value).containsExactly(6d, 7d);
    }

    @Test
    void vagueQuantitiesKeepTheirRange() {
        Quantity dozens = only("dozens of drone attacks");
        assertThat(dozens.vague()).isTrue();
        assertThat(dozens.value()).isNull();
        assertThat(dozens.low()).isEqualTo(24d);
        assertThat(dozens.high()).isEqualTo(99d);
        Quantity tens = only("tens of thousands of people");
        assertThat(tens.low()).isEqualTo(20_000d);
        assertThat(tens.high()).isEqualTo(99_999d);
        Quantity hundredsOf = only("hundreds of thousands fled");
        assertThat(hundredsOf.low()).isEqualTo(200_000d);
        assertThat(hundredsOf.high()).isEqualTo(999_999d);
        assertThat(only("hundreds of homes").low()).isEqualTo(200d);
        assertThat(only("thousands of homes").high()).isEqualTo(9_999d);
        assertThat(only("several hundred homes").low()).isEqualTo(300d);
        assertThat(only("a few thousand homes").high()).isEqualTo(5_000d);
        assertThat(only("scores of people").vague()).isTrue();
        assertThat(quantities("the scores were level")).isEmpty();
    }

    @Test
    void moneyAndPercentagesCarryTheirUnit() {
        String s = "a $5 million grant";
        Quantity q = only(s);
        assertThat(q.unit()).isEqualTo("USD");
        assertThat(q.value()).isEqualTo(5e6);
        assertThat(text(s, q)).isEqualTo("$5 million");
        assertThat(only("US$ 20 in aid").unit()).isEqualTo("USD");
        assertThat(only("US$20 in aid").unit()).isEqualTo("USD");
        assertThat(only("500 million euros").unit()).isEqualTo("EUR");
        assertThat(only("\u00a3300 each").unit()).isEqualTo("GBP");
        assertThat(only("USD 3bn in bonds").value()).isEqualTo(3e9);
        assertThat(only("fell 40% on Monday").unit()).isEqualTo("percent");
        assertThat(only("fell 2.5 per cent").unit()).isEqualTo("percent");
        assertThat(only("fell twelve percent").unit()).isEqualTo("percent");
    }

    @Test
    void randomValuesRoundTripInWordsAndInDigits() {
        Random r = new Random(20240815L);
        for (int n = 0; n < 1000; n++) {
            long v = switch (n % 4) {
                case 0 -> r.nextInt(100);
                case 1 -> r.nextInt(1000);
                case 2 -> r.nextInt(1_000_000);
                default -> (long) (r.nextDouble() * 999_999_999_999L);
            };
            String words = NumberSpeller.words(v, r);
            assertThat(quantities("reported " + words + " cases")).as(words)
                    .extracting(Quantity::value).containsExactly((double) v);
            String digits = NumberSpeller.digits(v);
            assertThat(quantities("reported " + digits + " cases")).as(digits)
                    .extracting(Quantity::value).containsExactly((double) v);
            // millions written with a decimal and a scale word, as headlines do: "2.3 million"
            long millions = v / 100_000;
            if (millions > 0) {
                String scaled = (millions / 10) + "." + (millions % 10) + " million";
                assertThat(quantities("reported " + scaled + " cases")).as(scaled)
                        .extracting(Quantity::value).containsExactly(millions * 100_000d);
            }
        }
    }
}
