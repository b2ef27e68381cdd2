package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.TimemlEval;
import org.newsgraph.nlp.NlpStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** newsgraph eval timex --tml DIR --predictions OUT */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Time expressions of TimeML files through the extract path (the document's creation day as the "
                + "article's date); writes the files with our TIMEX3 tags; strict, relaxed and value F1.")
final class EvalTimexCommand implements Callable<Integer> {

    @Option(names = "--tml", required = true, description = "Folder of .tml files (walked recursively).")
    Path tml;

    @Option(names = "--predictions", required = true, description = "Folder for OUT/<same file name>.")
    Path predictions;

    @Override
    public Integer call() throws Exception {
        TimemlEval.Result r = TimemlEval.run(NlpStage.news(), tml, predictions);
        r.lines().forEach(System.out::println);
        System.out.println(r.all().valueScore().line("timex"));
        return 0;
    }
}
