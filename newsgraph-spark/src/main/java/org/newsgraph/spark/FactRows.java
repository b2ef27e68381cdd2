package org.newsgraph.spark;

import static org.newsgraph.spark.Fields.bigint;
import static org.newsgraph.spark.Fields.decimal;
import static org.newsgraph.spark.Fields.flag;
import static org.newsgraph.spark.Fields.integer;
import static org.newsgraph.spark.Fields.struct;
import static org.newsgraph.spark.Fields.text;
import static org.newsgraph.spark.Fields.texts;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Claim;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;

/**
 * One row per fact, with every field the model record has (the contract's fields and those the stages added),
 * named in snake case. The article id is not here: the tables get it when the facts are taken out of their
 * article ({@link Tables}). Offsets are {@code [start, end)} into the article's {@code text}.
 */
final class FactRows {

    private FactRows() {}

    static final StructType ENTITY = struct(text("text"), text("type"), text("actor"), integer("start"),
            integer("end"));

    static final StructType ACTOR = struct(text("id"), text("name"), text("type"), texts("aliases"), texts("titles"),
            integer("mentions"));

    static final StructType QUOTE = struct(text("text"), flag("direct"), text("speaker"), text("speaker_mention"),
            flag("anonymous"), text("cue"), text("medium"), integer("start"), integer("end"), integer("speaker_start"),
            integer("speaker_end"), integer("cue_start"), integer("cue_end"), text("setting"), integer("parent"),
            text("kind"));

    static final StructType FIGURE = struct(decimal("value"), text("qualifier"), text("counts"), text("subject"),
            text("where"), text("when"), text("claimant"), integer("start"), integer("end"), text("text"),
            text("noun"), decimal("low"), decimal("high"), text("bound"), flag("vague"), text("unit"),
            text("perpetrator"));

    static final StructType CLAIM = struct(text("text"), text("claimant"), text("disputed_by"), integer("start"),
            integer("end"), text("status"));

    static final StructType DATE = struct(text("text"), text("value"), integer("start"), integer("end"), text("type"));

    static final StructType PLACE = struct(text("name"), text("country"), decimal("lat"), decimal("lon"),
            bigint("geoname_id"), integer("start"), integer("end"), text("geoname"), text("admin1"),
            text("feature_class"), flag("focus"));

    static final StructType EVENT = struct(text("source"), text("action"), text("target"), text("date"),
            text("place"), integer("start"), integer("end"), text("mode"), text("date_basis"), text("evidence"));

    static Row entity(Entity e) {
        return RowFactory.create(e.text(), e.type(), e.actor(), e.start(), e.end());
    }

    static Row actor(Actor a) {
        return RowFactory.create(a.id(), a.name(), a.type(), a.aliases().toArray(), a.titles().toArray(),
                a.mentions());
    }

    static Row quote(Quote q) {
        return RowFactory.create(q.text(), q.direct(), q.speaker(), q.speakerMention(), q.anonymous(), q.cue(),
                q.medium(), q.start(), q.end(), q.speakerStart(), q.speakerEnd(), q.cueStart(), q.cueEnd(),
                q.setting(), q.parent(), q.kind());
    }

    static Row figure(Figure f) {
        return RowFactory.create(f.value(), f.qualifier(), f.counts(), f.subject(), f.where(), f.when(),
                f.claimant(), f.start(), f.end(), f.text(), f.noun(), f.low(), f.high(), f.bound(), f.vague(),
                f.unit(), f.perpetrator());
    }

    static Row claim(Claim c) {
        return RowFactory.create(c.text(), c.claimant(), c.disputedBy(), c.start(), c.end(), c.status());
    }

    static Row date(DateMention d) {
        return RowFactory.create(d.text(), d.value(), d.start(), d.end(), d.type());
    }

    /** @param focus names of the places the article is about; the contract lists them apart, here a flag says it */
    static Row place(Place p, Set<String> focus) {
        return RowFactory.create(p.name(), p.country(), p.lat(), p.lon(), p.geonameId(), p.start(), p.end(),
                p.geoname(), p.admin1(), p.featureClass(), focus.contains(p.name()));
    }

    static Row event(Event e) {
        return RowFactory.create(e.source(), e.action(), e.target(), e.date(), e.place(), e.start(), e.end(),
                e.mode(), e.dateBasis(), e.evidence());
    }

    /** Array columns take Java arrays: the one form every Spark row path (createDataFrame, row encoders) accepts. */
    static <T> Row[] all(List<T> facts, Function<T, Row> row) {
        return facts.stream().map(row).toArray(Row[]::new);
    }

    static Set<String> names(List<Place> places) {
        return places.stream().map(Place::name).collect(Collectors.toSet());
    }
}
