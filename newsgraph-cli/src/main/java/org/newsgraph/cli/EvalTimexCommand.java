package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.TimemlEval;
import org.newsgraph.nlp.NlpEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** newsgraph eval timex --tml DIR --predictions OUT */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Tag time expressions in TimeML files; write them with our TIMEX3 tags; extent-overlap F1.")
final class EvalTimexCommand implements Callable<Integer> {

    @Option(names = "--tml", required = true, description = "Folder of .tml files (walked recursively).")
    Path tml;

    @Option(names = "--predictions", required = true, description = "Folder for OUT/<same file name>.")
    Path predictions;

    @Override
    public Integer call() throws Exception {
        TimemlEval.Result r = TimemlEval.run(NlpEngine.news(), tml, predictions);
        System.out.println(r.valueLine());
        System.out.println(r.score().line("timex"));
        return 0;
    }
}
