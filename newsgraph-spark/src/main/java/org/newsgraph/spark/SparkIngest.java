package org.newsgraph.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.ingest.InputWalker;

/**
 * {@code newsgraph extract} as a Spark job: files or folders in, Parquet tables out (articles, entities, actors,
 * quotes, figures, claims, dates, places, events, problems), each under the output folder by its name.
 *
 * <p>The driver lists the input files; executors read, segment and extract them ({@link FileExtraction}), with
 * the pipeline loaded once per executor JVM. Paths must be readable from every executor (a shared file system, or
 * local mode). Usage: {@code SparkIngest [--master URL] OUT PATH...}; under spark-submit leave out {@code --master}.
 */
public final class SparkIngest {

    /** What one run wrote: article count and the problems, one line each as the CLI prints them. */
    public record Summary(int files, long articles, List<String> problems) {}

    private SparkIngest() {}

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        SparkSession.Builder builder = SparkSession.builder().appName("newsgraph-ingest");
        if (!rest.isEmpty() && rest.get(0).equals("--master")) {
            if (rest.size() < 2) usage();
            builder.master(rest.get(1));
            rest = rest.subList(2, rest.size());
        }
        if (rest.size() < 2) usage();
        SparkSession spark = builder.getOrCreate();
        try {
            Summary s = run(spark, rest.get(0), rest.subList(1, rest.size()));
            for (String p : s.problems()) System.err.println(p);
            System.err.printf("newsgraph-spark: %d files, %d articles, %d problems -> %s%n", s.files(), s.articles(),
                    s.problems().size(), rest.get(0));
            if (!s.problems().isEmpty()) System.exit(1);
        } finally {
            spark.stop();
        }
    }

    private static void usage() {
        System.err.println("usage: SparkIngest [--master URL] OUT PATH...");
        System.exit(2);
    }

    /** Extracts every article of the inputs and writes the tables under {@code out}, replacing earlier ones. */
    public static Summary run(SparkSession spark, String out, List<String> inputs) {
        InputWalker.Walk walk = InputWalker.walk(inputs.stream().map(Path::of).toList());
        List<String> files = walk.files().stream().map(Path::toString).toList();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // A file is the unit of work: several per core, so one slow file does not hold up the rest of its share.
        int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
        JavaRDD<Row> rows = jsc.parallelize(files, slices).mapPartitions(new FileExtraction());
        Dataset<Row> wide = spark.createDataFrame(rows, ArticleRow.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Dataset<Row>> tables = Tables.split(wide);
            // A string join, not Path: the output may be a cluster URI (hdfs://, s3a://) that Path would mangle.
            String folder = out.endsWith("/") ? out : out + "/";
            for (var t : tables.entrySet()) {
                t.getValue().write().mode(SaveMode.Overwrite).parquet(folder + t.getKey());
            }
            // the folders' own problems (a link loop, an unreadable folder) first, as Batch reports them
            List<String> problems = new java.util.ArrayList<>();
            for (InputWalker.Problem p : walk.problems()) problems.add("newsgraph: " + p.path() + ": " + p.reason());
            tables.get("problems").collectAsList().forEach(
                    r -> problems.add("newsgraph: " + r.getString(0) + ": " + r.getString(1)));
            long articles = tables.get("articles").count();
            return new Summary(files.size(), articles, problems);
        } finally {
            wide.unpersist();
        }
    }
}
