package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.entity.EntityTagger;
import org.newsgraph.nlp.entity.WordClusters;

/** Learning the tagger from generated CoNLL columns, writing the model, reading it back and tagging with it. */
class EntityModelTrainingTest {

    private static final String[] PEOPLE = {"Liis Tamm", "Marta Kivi", "Juhan Saar", "Aino Lepp", "Peeter Mets"};
    private static final String[] ORGS = {"Nordvik Bank", "Baltic Freight", "Saare Energia", "Tallinna Vesi"};
    private static final String[] PLACES = {"Tartu", "Narva", "Parnu", "Viljandi"};

    /** Generated documents of news-like sentences: "PER said ORG would open an office in LOC ." and the like. */
    static String conll(int documents, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int d = 0; d < documents; d++) {
            b.append("-DOCSTART- -X- -X- O\n\n");
            for (int s = 0; s < 5; s++) {
                String per = PEOPLE[r.nextInt(PEOPLE.length)];
                String org = ORGS[r.nextInt(ORGS.length)];
                String loc = PLACES[r.nextInt(PLACES.length)];
                name(b, per, "PER");
                b.append("said O\n");
                name(b, org, "ORG");
                b.append("would O\nopen O\nan O\noffice O\nin O\n");
                name(b, loc, "LOC");
                b.append(". O\n\n");
            }
        }
        return b.toString();
    }

    private static void name(StringBuilder b, String name, String type) {
        String[] w = name.split(" ");
        for (int i = 0; i < w.length; i++) b.append(w[i]).append(i == 0 ? " B-" : " I-").append(type).append('\n');
    }

    @Test
    void learnsGeneratedNamesAndTheWrittenModelTagsThem(@TempDir Path dir) throws Exception {
        Path train = dir.resolve("train.txt");
        Path dev = dir.resolve("dev.txt");
        Files.writeString(train, conll(20, 1), StandardCharsets.UTF_8);
        Files.writeString(dev, conll(6, 2), StandardCharsets.UTF_8);
        Path model = dir.resolve("model.bin.gz");
        Path predictions = dir.resolve("dev-predictions.txt");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Score s = EntityModelTraining.run(new EntityModelTraining.Options(train, dev, model, 3, 2, predictions, null,
                0.01f, 16, null, null), WordClusters.NONE, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(s.f1()).as(log.toString(StandardCharsets.UTF_8)).isGreaterThan(0.95);
        assertThat(Files.readAllLines(predictions)).contains("Tartu B-LOC B-LOC");

        EntityTagger tagger;
        try (InputStream in = Files.newInputStream(model)) {
            tagger = EntityTagger.read(in, WordClusters.NONE);
        }
        List<EntityTagger.Name> names = tagger.tag(List.of(List.of("Aino", "Lepp", "said", "Baltic", "Freight", "would",
                "open", "an", "office", "in", "Narva", ".")));
        assertThat(names).containsExactly(new EntityTagger.Name(0, 0, 2, "PERSON"),
                new EntityTagger.Name(0, 3, 5, "ORGANIZATION"), new EntityTagger.Name(0, 10, 11, "LOCATION"));
    }
}
