package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.EntityModelTraining;
import org.newsgraph.eval.Score;
import org.newsgraph.nlp.entity.EntityTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** newsgraph train ner: the entity tagger from CoNLL++ train, measured on CoNLL++ dev. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Learn the entity tagger (two-pass averaged perceptron) from CoNLL-2003 columns; write its model.")
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--train", defaultValue = "../shared/benchmarks/ner-conllpp/conllpp_train.txt",
            description = "Training file (default: ${DEFAULT-VALUE}).")
    Path train;

    @Option(names = "--dev", defaultValue = "../shared/benchmarks/ner-conllpp/conllpp_dev.txt",
            description = "Development file, measured after each epoch (default: ${DEFAULT-VALUE}).")
    Path dev;

    @Option(names = "--model", defaultValue = "newsgraph-core/src/main/resources/org/newsgraph/nlp/entity/entity-model.bin.gz",
            description = "Where to write the model (default: ${DEFAULT-VALUE}, the shipped resource).")
    Path model;

    @Option(names = "--epochs", defaultValue = "8", description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--folds", defaultValue = "5", description = "Folds for the out-of-fold first pass (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--keep", defaultValue = "0.01",
            description = "Weights of smaller magnitude are left out of the model (default: ${DEFAULT-VALUE}).")
    float keep;

    @Option(names = "--predictions", description = "Write the dev predictions here ('token gold predicted').")
    Path predictions;

    @Option(names = "--out-of-fold", description = "Also run both passes out of fold on train and write the predictions here.")
    Path outOfFold;

    @Option(names = "--seed", defaultValue = "16", description = "Seed of the folds and of the order of documents.")
    long seed;

    @Option(names = "--train-codes", description = "Per-token codes from another model for the training file (an experiment: "
            + "tools/minilm-ner); the dev file's go in --dev-codes.")
    Path trainCodes;

    @Option(names = "--dev-codes", description = "Per-token codes for the dev file (with --train-codes).")
    Path devCodes;

    @Override
    public Integer call() throws Exception {
        Score s = EntityModelTraining.run(new EntityModelTraining.Options(train, dev, model, epochs, folds, predictions,
                outOfFold, keep, seed, trainCodes, devCodes), EntityTagger.standardClusters(), System.out);
        if (s != null) System.out.println(s.line("ner"));
        return 0;
    }
}
