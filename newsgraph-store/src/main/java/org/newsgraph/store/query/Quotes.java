package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Quotes across articles, by speaker, medium, words and date, oldest first (a speaker's words over time). */
public final class Quotes {

    /**
     * @param speaker canonical speaker name, exact
     * @param medium  statement, interview, social media... exact
     * @param words   every word must occur in the quote (case-insensitive)
     * @param from    the article published on or after this day
     * @param to      on or before this day
     */
    public record Filter(String speaker, String medium, String words, String from, String to) {}

    /**
     * One quote with its article; offsets are into the article's text, -1 for a speaker or cue the text does not
     * give beside the words; setting is where or how the words were given besides the medium.
     */
    public record Row(ArticleRef article, int ord, String text, boolean direct, String speaker, String speakerMention,
                      boolean anonymous, String cue, String medium, int start, int end, int speakerStart,
                      int speakerEnd, int cueStart, int cueEnd, String setting) {}

    private Quotes() {}

    public static Paged<Row> find(Connection db, Filter f, Page page) throws SQLException {
        Where where = new Where().and("q.speaker = ?", f.speaker()).and("q.medium = ?", f.medium())
                .and("substr(a.published_date, 1, 10) >= ?", f.from())
                .and("substr(a.published_date, 1, 10) <= ?", f.to());
        for (String w : words(f.words())) where.and("instr(lower(q.text), lower(?)) > 0", w);
        List<Row> rows = Rows.list(db, "SELECT a.id, a.headline, a.published_date, a.source_path, q.ord, q.text,"
                + " q.direct, q.speaker, q.speaker_mention, q.anonymous, q.cue, q.medium, q.start_offset, q.end_offset,"
                + " q.speaker_start, q.speaker_end, q.cue_start, q.cue_end, q.setting"
                + " FROM quotes q JOIN articles a ON a.id = q.article_id" + where.sql()
                + " ORDER BY a.published_date IS NULL, a.published_date, a.ingested, q.ord" + page.sql(),
                where, new Object[0], Quotes::row);
        return Paged.of(rows, page);
    }

    static List<String> words(String words) {
        return words == null ? List.of() : List.of(words.strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(Actors.ref(rs), rs.getInt("ord"), rs.getString("text"), rs.getInt("direct") != 0,
                rs.getString("speaker"), rs.getString("speaker_mention"), rs.getInt("anonymous") != 0,
                rs.getString("cue"), rs.getString("medium"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                rs.getInt("speaker_start"), rs.getInt("speaker_end"), rs.getInt("cue_start"), rs.getInt("cue_end"),
                rs.getString("setting"));
    }
}
