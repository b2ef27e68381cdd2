package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.posexplode;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The wide rows the executors send back, split into flat tables: {@code articles}, one table per kind of fact
 * (each row with its {@code article_id}), and {@code problems} (file, problem). Quotes keep their {@code index} in
 * the article's list, which their {@code parent} column refers to.
 */
final class Tables {

    private Tables() {}

    /** The fact tables, each named after its column in {@link ArticleRow#SCHEMA}. */
    static final String[] FACTS = {"entities", "actors", "quotes", "figures", "claims", "dates", "places", "events"};

    static Map<String, Dataset<Row>> split(Dataset<Row> wide) {
        Dataset<Row> ok = wide.filter(col("problem").isNull());
        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put("articles", ok.select(Arrays.stream(ArticleRow.ARTICLE_COLUMNS).map(c -> col(c))
                .toArray(Column[]::new)));
        for (String facts : FACTS) tables.put(facts, facts(ok, facts));
        tables.put("problems", wide.filter(col("problem").isNotNull())
                .select(col("source_path").as("file"), col("problem")));
        return tables;
    }

    private static Dataset<Row> facts(Dataset<Row> articles, String name) {
        if (name.equals("quotes")) {
            return articles.select(col("id").as("article_id"), posexplode(col(name)))
                    .select(col("article_id"), col("pos").as("index"), col("col.*"));
        }
        return articles.select(col("id").as("article_id"), explode(col(name)).as("fact"))
                .select(col("article_id"), col("fact.*"));
    }
}
