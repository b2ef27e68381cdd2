package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.WordClassExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** newsgraph train word-classes: the word classes the entity tagger reads, from CoreNLP's 4-class model. */
@Command(name = "word-classes", mixinStandardHelpOptions = true,
        description = "Write the entity tagger's word classes (CoreNLP's distributional classes of news words).")
final class TrainWordClassesCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "newsgraph-core/src/main/resources/org/newsgraph/nlp/entity/word-clusters.tsv.gz",
            description = "Where to write them (default: ${DEFAULT-VALUE}, the shipped resource).")
    Path out;

    @Override
    public Integer call() throws Exception {
        int n = WordClassExport.write(out);
        System.out.println(n + " words written to " + out + " (" + Files.size(out) + " bytes)");
        return 0;
    }
}
