package org.newsgraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReprintsTest {

    static final String WIRE = "Dock workers in Port Verel walked off the job on Monday, leaving grain ships unloaded"
            + " for a third day as talks over a new contract stalled.\n\n"
            + "\"We will not load a single ship until the contract is signed,\" said Mara Ilvesk, who leads the"
            + " Verel Dockers Union. The port authority said 42 vessels were waiting offshore and that the delays"
            + " were costing exporters about 3 million euros a day.\n\n"
            + "The union wants a pay rise of 8 percent over two years; the employers have offered 5 percent."
            + " Mediators are due to meet both sides on Wednesday in the capital.\n\n"
            + "Farmers' groups warned that silos inland were nearly full and that the harvest could rot if the"
            + " strike lasted into next week.";

    /** The same wire copy as another outlet ran it: a paragraph cut, a sign-off added, curly quotes. */
    static final String REPRINT = "Dock workers in Port Verel walked off the job on Monday, leaving grain ships"
            + " unloaded for a third day as talks over a new contract stalled.\n\n"
            + "\u201CWe will not load a single ship until the contract is signed,\u201D said Mara Ilvesk, who leads"
            + " the Verel Dockers Union. The port authority said 42 vessels were waiting offshore and that the"
            + " delays were costing exporters about 3 million euros a day.\n\n"
            + "The union wants a pay rise of 8 percent over two years; the employers have offered 5 percent."
            + " Mediators are due to meet both sides on Wednesday in the capital.\n\n"
            + "Reporting by the Coast Wire desk; editing by our staff.";

    /** The same event in other words: one story for a reader, but not a reprint. */
    static final String REWRITE = "Grain exports from Port Verel have stopped for three days because the dockers'"
            + " union is on strike. Its leader, Mara Ilvesk, told our reporter that no ship would be loaded before"
            + " a contract is signed. According to the port, more than forty ships are at anchor.";

    static final String OTHER = "The city council voted nine to four for the eastern tram line on Tuesday, ending a"
            + " year of debate. Construction is to start in the spring and the first trams should run within three"
            + " years, the mayor said.";

    @Test
    void aReprintWithACutParagraphAndASignOffIsTheSameStory() {
        assertThat(Print.of(WIRE).similarity(Print.of(REPRINT))).isGreaterThan(0.6);
        assertThat(Reprints.same(Print.of(WIRE), Print.of(REPRINT))).isTrue();
        long[] a = Print.of(WIRE).keys();
        long[] b = Print.of(REPRINT).keys();
        assertThat(a).hasSize(MinHash.KEYS);
        assertThat(Arrays.stream(a).anyMatch(k -> Arrays.stream(b).anyMatch(j -> j == k)))
                .as("they share a key, so the store finds the pair").isTrue();
    }

    @Test
    void aRewriteOrAnotherStoryIsNot() {
        assertThat(Reprints.same(Print.of(WIRE), Print.of(REWRITE))).isFalse();
        assertThat(Print.of(WIRE).similarity(Print.of(OTHER))).isLessThan(0.05);
        long[] other = Print.of(OTHER).keys();
        assertThat(Arrays.stream(Print.of(WIRE).keys()).noneMatch(k -> Arrays.stream(other).anyMatch(j -> j == k)))
                .as("unrelated texts share no key, so they are never even compared").isTrue();
    }

    @Test
    void signaturesAreStableAndSurviveTheirBytes() {
        long[] s = Print.of(WIRE).signature();
        assertThat(Print.of(WIRE).signature()).isEqualTo(s);
        assertThat(Print.of(WIRE).keys()).isEqualTo(Print.of(WIRE).keys()).isSorted();
        assertThat(MinHash.fromBytes(MinHash.bytes(s))).isEqualTo(s);
        assertThat(Shingles.words("\u201CWe\u201D won't-stop, 42!")).containsExactly("we", "won", "t", "stop", "42");
        assertThat(Print.of("").similarity(Print.of(""))).isZero();
        assertThat(Print.of("").keys()).isEmpty();
        assertThat(Print.of("Three words only").keys()).hasSize(1);
    }
}
