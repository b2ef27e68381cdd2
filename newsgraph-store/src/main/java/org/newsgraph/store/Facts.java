package org.newsgraph.store;

import static org.newsgraph.store.FactTable.of;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Article;
import org.newsgraph.model.Claim;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Image;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;

/**
 * An article's facts in their SQL tables (V1 and V3 migrations), written and read back.
 *
 * <p>Reading back exists so that tests can prove the tables hold everything the model holds;
 * {@link Store#article} itself reads the stored contract JSON.
 */
final class Facts {

    static final FactTable<Image> IMAGES = new FactTable<>("images",
            List.of("caption", "credit", "photographer", "date", "file_image"),
            i -> of(i.caption(), i.credit(), i.photographer(), i.date(), i.fileImage() ? 1 : 0),
            r -> new Image(r.string("caption"), r.string("credit"), r.string("photographer"), r.string("date"),
                    r.bool("file_image")));

    static final FactTable<Entity> ENTITIES = new FactTable<>("entities",
            List.of("text", "type", "actor", "start_offset", "end_offset"),
            e -> of(e.text(), e.type(), e.actor(), e.start(), e.end()),
            r -> new Entity(r.string("text"), r.string("type"), r.string("actor"),
                    r.integer("start_offset"), r.integer("end_offset")));

    static final FactTable<Quote> QUOTES = new FactTable<>("quotes",
            List.of("text", "direct", "speaker", "speaker_mention", "anonymous", "cue", "medium",
                    "start_offset", "end_offset", "speaker_start", "speaker_end", "cue_start", "cue_end", "setting",
                    "parent"),
            q -> of(q.text(), q.direct() ? 1 : 0, q.speaker(), q.speakerMention(), q.anonymous() ? 1 : 0, q.cue(),
                    q.medium(), q.start(), q.end(), q.speakerStart(), q.speakerEnd(), q.cueStart(), q.cueEnd(),
                    q.setting(), q.parent()),
            r -> new Quote(r.string("text"), r.bool("direct"), r.string("speaker"), r.string("speaker_mention"),
                    r.bool("anonymous"), r.string("cue"), r.string("medium"),
                    r.integer("start_offset"), r.integer("end_offset"), r.integer("speaker_start"),
                    r.integer("speaker_end"), r.integer("cue_start"), r.integer("cue_end"), r.string("setting"),
                    r.integer("parent")));

    static final FactTable<Figure> FIGURES = new FactTable<>("figures",
            List.of("value", "qualifier", "counts", "subject", "place", "time", "claimant",
                    "start_offset", "end_offset", "text", "noun", "low", "high", "bound", "vague", "unit", "perpetrator"),
            f -> of(f.value(), f.qualifier(), f.counts(), f.subject(), f.where(), f.when(), f.claimant(),
                    f.start(), f.end(), f.text(), f.noun(), f.low(), f.high(), f.bound(), f.vague() ? 1 : 0, f.unit(),
                    f.perpetrator()),
            r -> new Figure(r.doubleOrNull("value"), r.string("qualifier"), r.string("counts"), r.string("subject"),
                    r.string("place"), r.string("time"), r.string("claimant"),
                    r.integer("start_offset"), r.integer("end_offset"), r.string("text"), r.string("noun"),
                    r.doubleOrNull("low"), r.doubleOrNull("high"), r.string("bound"), r.bool("vague"),
                    r.string("unit"), r.string("perpetrator")));

    static final FactTable<Claim> CLAIMS = new FactTable<>("claims",
            List.of("text", "claimant", "disputed_by", "start_offset", "end_offset", "status"),
            c -> of(c.text(), c.claimant(), c.disputedBy(), c.start(), c.end(), c.status()),
            r -> new Claim(r.string("text"), r.string("claimant"), r.string("disputed_by"),
                    r.integer("start_offset"), r.integer("end_offset"), r.string("status")));

    static final FactTable<DateMention> DATES = new FactTable<>("dates",
            List.of("text", "value", "start_offset", "end_offset", "type"),
            d -> of(d.text(), d.value(), d.start(), d.end(), d.type()),
            r -> new DateMention(r.string("text"), r.string("value"), r.integer("start_offset"), r.integer("end_offset"),
                    r.string("type")));

    static final FactTable<Place> PLACES = places("places");

    /** The places the article is about: the same columns as every place mention. */
    static final FactTable<Place> FOCUS = places("focus");

    static final FactTable<Event> EVENTS = new FactTable<>("events",
            List.of("source", "action", "target", "date", "place", "start_offset", "end_offset", "mode", "date_basis"),
            e -> of(e.source(), e.action(), e.target(), e.date(), e.place(), e.start(), e.end(), e.mode(),
                    e.dateBasis()),
            r -> new Event(r.string("source"), r.string("action"), r.string("target"), r.string("date"),
                    r.string("place"), r.integer("start_offset"), r.integer("end_offset"), r.string("mode"),
                    r.string("date_basis"), null));

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private Facts() {}

    private static FactTable<Place> places(String table) {
        return new FactTable<>(table,
                List.of("name", "country", "lat", "lon", "geoname_id", "start_offset", "end_offset", "geoname",
                        "admin1", "feature_class"),
                p -> of(p.name(), p.country(), p.lat(), p.lon(), p.geonameId(), p.start(), p.end(), p.geoname(),
                        p.admin1(), p.featureClass()),
                r -> new Place(r.string("name"), r.string("country"), r.doubleOrNull("lat"), r.doubleOrNull("lon"),
                        r.longOrNull("geoname_id"), r.integer("start_offset"), r.integer("end_offset"),
                        r.string("geoname"), r.string("admin1"), r.string("feature_class")));
    }

    /** Writes every fact of the article; the articles row must exist already (foreign keys). */
    static void insert(Connection db, ExtractedArticle x) throws SQLException {
        String id = x.id();
        IMAGES.insert(db, id, x.article().images());
        ENTITIES.insert(db, id, x.entities());
        insertActors(db, id, x.actors());
        QUOTES.insert(db, id, x.quotes());
        FIGURES.insert(db, id, x.figures());
        CLAIMS.insert(db, id, x.claims());
        DATES.insert(db, id, x.dates());
        PLACES.insert(db, id, x.places());
        EVENTS.insert(db, id, x.events());
        FOCUS.insert(db, id, x.focus());
    }

    /** The article's facts as the tables hold them, around the given article (whose images are replaced). */
    static ExtractedArticle select(Connection db, Article article, String story) throws SQLException {
        String id = article.id();
        Article withImages = new Article(id, article.source(), article.headline(), article.published(),
                IMAGES.select(db, id), article.blocks(), article.text(), article.metadata());
        return new ExtractedArticle(withImages, ENTITIES.select(db, id), selectActors(db, id), QUOTES.select(db, id),
                FIGURES.select(db, id), CLAIMS.select(db, id), DATES.select(db, id), PLACES.select(db, id),
                withEvidence(EVENTS.select(db, id), article.text()), story, FOCUS.select(db, id));
    }

    /** An event's evidence is the article text between its offsets, so the table keeps only the offsets. */
    private static List<Event> withEvidence(List<Event> events, String text) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(new Event(e.source(), e.action(), e.target(), e.date(), e.place(), e.start(), e.end(), e.mode(),
                    e.dateBasis(), text.substring(e.start(), e.end())));
        }
        return out;
    }

    /**
     * One actors row per canonical name and type across all articles; what this article says
     * about the actor (its local id, aliases, titles, mention count) goes into article_actors.
     */
    private static void insertActors(Connection db, String articleId, List<Actor> actors) throws SQLException {
        if (actors.isEmpty()) return;
        try (PreparedStatement upsert = db.prepareStatement(
                     "INSERT INTO actors (name, type) VALUES (?, ?) ON CONFLICT (name, type) DO NOTHING");
             PreparedStatement find = db.prepareStatement("SELECT id FROM actors WHERE name = ? AND type = ?");
             PreparedStatement link = db.prepareStatement("INSERT INTO article_actors"
                     + " (article_id, ord, actor_id, local_id, aliases, titles, mentions) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int ord = 0; ord < actors.size(); ord++) {
                Actor a = actors.get(ord);
                if (a.name() == null || a.name().isBlank()) {
                    throw new StoreException("article " + articleId + " has an actor without a name (id " + a.id() + ")");
                }
                String type = a.type() == null ? "" : a.type();
                upsert.setString(1, a.name());
                upsert.setString(2, type);
                upsert.executeUpdate();
                find.setString(1, a.name());
                find.setString(2, type);
                long actorId;
                try (ResultSet rs = find.executeQuery()) {
                    rs.next();
                    actorId = rs.getLong(1);
                }
                link.setString(1, articleId);
                link.setInt(2, ord);
                link.setLong(3, actorId);
                link.setString(4, a.id());
                link.setString(5, json(a.aliases()));
                link.setString(6, json(a.titles()));
                link.setInt(7, a.mentions());
                link.executeUpdate();
            }
        }
    }

    private static List<Actor> selectActors(Connection db, String articleId) throws SQLException {
        List<Actor> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT l.local_id, a.name, a.type, l.aliases, l.titles,"
                + " l.mentions FROM article_actors l JOIN actors a ON a.id = l.actor_id"
                + " WHERE l.article_id = ? ORDER BY l.ord")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString("type");
                    out.add(new Actor(rs.getString("local_id"), rs.getString("name"), type.isEmpty() ? null : type,
                            strings(rs.getString("aliases")), strings(rs.getString("titles")), rs.getInt("mentions")));
                }
            }
        }
        return out;
    }

    private static String json(List<String> values) {
        try {
            return ArticleJson.mapper().writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return ArticleJson.mapper().readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("article_actors holds a list that is not JSON: " + json, e);
        }
    }
}
