package org.newsgraph.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.newsgraph.ingest.DumpReader;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.segment.DumpGenerator;
import org.newsgraph.segment.DumpSegmenter;

/**
 * Segmentation throughput on a generated dump, beside the floor: splitting the same text into stripped lines,
 * which any segmenter must do at least once.
 */
public final class SegmentBench {

    private SegmentBench() {}

    public record Result(int articles, double megabytes, double floorSeconds, double segmentSeconds,
                         double readSeconds) {

        public double ratioToFloor() {
            return segmentSeconds / floorSeconds;
        }
    }

    public static Result run(int articles, long seed, PrintStream out) {
        DumpGenerator.GeneratedDump dump = DumpGenerator.generate(seed, articles);
        String text = dump.text();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        double mb = bytes.length / 1e6;
        int[] sink = new int[1];
        double floor = Measure.medianSeconds(2, 5, () -> sink[0] += (int) text.lines().map(String::strip).count());
        double segment = Measure.medianSeconds(2, 5, () -> sink[0] += DumpSegmenter.split(text).size());
        DumpReader reader = new DumpReader();
        InputFile file = new InputFile("generated.txt", bytes);
        double read = Measure.medianSeconds(2, 5, () -> {
            try {
                sink[0] += reader.read(file).articles().size();
            } catch (InputProblem e) {
                throw new IllegalStateException("the generated dump must read: " + e.getMessage(), e);
            }
        });
        Result r = new Result(articles, mb, floor, segment, read);
        out.printf(Locale.ROOT, "generated dump: %d articles, %.1f MB (seed %d)%n", articles, mb, seed);
        row(out, "floor: split into stripped lines", mb, articles, floor);
        row(out, "segment: DumpSegmenter.split", mb, articles, segment);
        row(out, "read: decode + segment + assemble", mb, articles, read);
        out.printf(Locale.ROOT, "segment/floor time ratio %.1fx, read/floor %.1fx%n", segment / floor, read / floor);
        return r;
    }

    private static void row(PrintStream out, String what, double mb, int articles, double seconds) {
        out.printf(Locale.ROOT, "%-36s %8.3f s %8.1f MB/s %10.0f articles/s%n", what, seconds, mb / seconds,
                articles / seconds);
    }
}
