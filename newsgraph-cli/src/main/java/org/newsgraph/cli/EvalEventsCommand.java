package org.newsgraph.cli;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.PloverEval;
import org.newsgraph.extract.event.EventStage;
import org.newsgraph.nlp.NlpStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** newsgraph eval events --plover FILE --predictions OUT */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Code the PLOVER gold records' sentences; event type, source and target accuracy.")
final class EvalEventsCommand implements Callable<Integer> {

    @Option(names = "--plover", required = true, paramLabel = "FILE", description = "PLOVER gold records (JSON array).")
    Path plover;

    @Option(names = "--predictions", required = true, description = "Where to write the JSONL predictions.")
    Path predictions;

    @Override
    public Integer call() throws Exception {
        List<PloverEval.Record> records = PloverEval.read(plover);
        NlpStage nlp = NlpStage.news();
        EventStage events = EventStage.standard();
        List<PloverEval.Prediction> ps = records.stream().map(r -> PloverEval.code(r, nlp, events)).toList();
        if (predictions.getParent() != null) Files.createDirectories(predictions.getParent());
        try (Writer w = Files.newBufferedWriter(predictions)) {
            PloverEval.write(ps, w);
        }
        PloverEval.Score s = PloverEval.score(records, ps);
        System.out.printf(Locale.ROOT, "records %d, coded %d: event type %.3f, source %.3f (of %d), target %.3f (of %d)%n",
                s.n(), s.coded(), s.typeAccuracy(), s.sourceAccuracy(), s.withSource(), s.targetAccuracy(),
                s.withTarget());
        System.out.println(s.lastLine());
        return 0;
    }
}
