package org.newsgraph.spark;

import static org.newsgraph.spark.Fields.bigint;
import static org.newsgraph.spark.Fields.rows;
import static org.newsgraph.spark.Fields.struct;
import static org.newsgraph.spark.Fields.text;
import static org.newsgraph.spark.Fields.texts;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/**
 * What an executor sends back for one article, or for one problem with an input: the article's own columns, its
 * facts as nested lists, and {@code problem}. A problem row carries only {@code source_path} and {@code problem};
 * an article row has {@code problem} null. One wide row keeps extraction to a single pass: {@link Tables} splits
 * it into the flat tables afterwards.
 */
final class ArticleRow {

    private ArticleRow() {}

    static final StructType SCHEMA = struct(text("id"), text("headline"), text("published_date"),
            text("published_not_before"), text("published_not_after"), text("published_basis"), text("source_path"),
            text("source_url"), text("source_format"), bigint("source_offset"), texts("authors"), text("section"),
            text("language"), text("site"), text("text"), text("story"), text("problem"),
            rows("entities", FactRows.ENTITY), rows("actors", FactRows.ACTOR), rows("quotes", FactRows.QUOTE),
            rows("figures", FactRows.FIGURE), rows("claims", FactRows.CLAIM), rows("dates", FactRows.DATE),
            rows("places", FactRows.PLACE), rows("events", FactRows.EVENT));

    /** The columns of the {@code articles} table, in order: the row's own, up to {@code problem}. */
    static final String[] ARTICLE_COLUMNS = java.util.Arrays.stream(SCHEMA.fieldNames())
            .takeWhile(name -> !name.equals("problem")).toArray(String[]::new);

    static Row of(ExtractedArticle x) {
        Article a = x.article();
        Published p = a.published() == null ? Published.unknown() : a.published();
        Source s = a.source() == null ? new Source(null, null, null, 0) : a.source();
        Metadata m = a.metadata();
        var focus = FactRows.names(x.focus());
        return RowFactory.create(a.id(), a.headline(), p.date(), p.notBefore(), p.notAfter(), p.basis(), s.path(),
                s.url(), s.format(), s.offset(), m.authors().toArray(), m.section(), m.language(), m.site(), a.text(),
                x.story(), null,
                FactRows.all(x.entities(), FactRows::entity), FactRows.all(x.actors(), FactRows::actor),
                FactRows.all(x.quotes(), FactRows::quote), FactRows.all(x.figures(), FactRows::figure),
                FactRows.all(x.claims(), FactRows::claim), FactRows.all(x.dates(), FactRows::date),
                FactRows.all(x.places(), pl -> FactRows.place(pl, focus)), FactRows.all(x.events(), FactRows::event));
    }

    /** One line about one input, as the CLI prints it after the file's name. */
    static Row problem(String file, String reason) {
        Object[] values = new Object[SCHEMA.size()];
        values[SCHEMA.fieldIndex("source_path")] = file;
        values[SCHEMA.fieldIndex("problem")] = reason;
        for (String facts : new String[] {"entities", "actors", "quotes", "figures", "claims", "dates", "places",
                "events"}) {
            values[SCHEMA.fieldIndex(facts)] = new Row[0];
        }
        return RowFactory.create(values);
    }
}
