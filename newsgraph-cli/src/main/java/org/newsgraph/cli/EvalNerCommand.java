package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.ConllNerEval;
import org.newsgraph.eval.Score;
import org.newsgraph.nlp.NlpEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** newsgraph eval ner --conll FILE --predictions OUT */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Tag CoNLL-2003 tokens (not re-tokenised); write 'token gold predicted' lines; entity-level F1.")
final class EvalNerCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, description = "CoNLL-2003 file (token first, IOB tag last).")
    Path conll;

    @Option(names = "--predictions", required = true, description = "Where to write the predictions.")
    Path predictions;

    @Override
    public Integer call() throws Exception {
        Score s = ConllNerEval.run(NlpEngine.news(), conll, predictions);
        System.out.println(s.line("ner"));
        return 0;
    }
}
