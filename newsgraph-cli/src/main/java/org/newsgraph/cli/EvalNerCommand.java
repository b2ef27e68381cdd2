package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.ConllNerEval;
import org.newsgraph.eval.Score;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.nlp.corenlp.FourClassTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** newsgraph eval ner --conll FILE --predictions OUT [--baseline corenlp-4class] */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Tag CoNLL-2003 tokens (not re-tokenised), an article at a time; write 'token gold predicted' "
                + "lines; entity-level F1. CoreNLP's 4-class CRF and our tagger without the entity rules are measured beside "
                + "ours (the extract path: tagger and rules) in the same run.")
final class EvalNerCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, description = "CoNLL-2003 file (token first, IOB tag last).")
    Path conll;

    @Option(names = "--predictions", required = true, description = "Where to write our predictions.")
    Path predictions;

    @Option(names = "--baseline", defaultValue = "corenlp-4class",
            description = "Baseline measured beside ours, its predictions in PREDICTIONS.<name>: corenlp-4class or none "
                    + "(default: ${DEFAULT-VALUE}).")
    String baseline;

    @Override
    public Integer call() throws Exception {
        List<ConllNerEval.Side> sides = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (baseline.equals("corenlp-4class")) {
            FourClassTagger crf = FourClassTagger.load();
            sides.add(new ConllNerEval.Side(baseline, ConllNerEval.coarse(crf::tag)));
            files.add(Path.of(predictions + "." + baseline));
        } else if (!baseline.equals("none")) {
            System.err.println("eval ner: unknown baseline '" + baseline + "' (corenlp-4class or none)");
            return 2;
        }
        sides.add(new ConllNerEval.Side("tagger-alone", ConllNerEval.taggerAlone()));
        files.add(Path.of(predictions + ".tagger-alone"));
        sides.add(new ConllNerEval.Side("newsgraph", ConllNerEval.newsgraph(NlpEngine.news())));
        files.add(predictions);
        List<Score> scores = ConllNerEval.run(sides, conll, files);
        for (int k = 0; k < sides.size() - 1; k++) {
            System.out.println(scores.get(k).line("ner-" + sides.get(k).name()) + " predictions=" + files.get(k));
        }
        System.out.println(scores.get(scores.size() - 1).line("ner"));
        return 0;
    }
}
