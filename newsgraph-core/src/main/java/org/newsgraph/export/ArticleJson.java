package org.newsgraph.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Claim;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Image;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Place;
import org.newsgraph.model.Published;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Source;

/**
 * The output contract (DESIGN.md section 4): one JSON object per article, and back.
 * Field order is the contract's; fields not built yet are present and empty.
 */
public final class ArticleJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);

    private ArticleJson() {}

    public static ObjectMapper mapper() {
        return JSON;
    }

    public static String toJson(ExtractedArticle x) {
        try {
            return JSON.writeValueAsString(toTree(x));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("our own records always serialise", e);
        }
    }

    public static ObjectNode toTree(ExtractedArticle x) {
        Article a = x.article();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.set("source", JSON.valueToTree(a.source()));
        o.put("headline", a.headline());
        o.set("published", JSON.valueToTree(a.published()));
        o.set("metadata", JSON.valueToTree(a.metadata()));
        o.set("images", JSON.valueToTree(a.images()));
        o.set("subheads", JSON.valueToTree(a.subheads()));
        o.set("paragraphs", JSON.valueToTree(a.paragraphs()));
        o.put("text", a.text());
        o.set("blocks", JSON.valueToTree(a.blocks()));
        o.set("entities", JSON.valueToTree(x.entities()));
        o.set("actors", JSON.valueToTree(x.actors()));
        o.set("quotes", JSON.valueToTree(x.quotes()));
        o.set("figures", JSON.valueToTree(x.figures()));
        o.set("claims", JSON.valueToTree(x.claims()));
        o.set("dates", JSON.valueToTree(x.dates()));
        o.set("places", JSON.valueToTree(x.places()));
        o.set("events", JSON.valueToTree(x.events()));
        if (x.story() == null) o.putNull("story"); else o.put("story", x.story());
        o.set("focus", JSON.valueToTree(x.focus()));
        return o;
    }

    public static ExtractedArticle fromJson(String json) {
        try {
            JsonNode o = JSON.readTree(json);
            Article a = new Article(o.get("id").asText(), JSON.treeToValue(o.get("source"), Source.class),
                    o.path("headline").asText(""), JSON.treeToValue(o.get("published"), Published.class),
                    list(o, "images", Image.class), list(o, "blocks", Block.class), o.get("text").asText(),
                    o.hasNonNull("metadata") ? JSON.treeToValue(o.get("metadata"), Metadata.class) : Metadata.NONE);
            return new ExtractedArticle(a, list(o, "entities", Entity.class), list(o, "actors", Actor.class),
                    list(o, "quotes", Quote.class), list(o, "figures", Figure.class), list(o, "claims", Claim.class),
                    list(o, "dates", DateMention.class), list(o, "places", Place.class),
                    list(o, "events", Event.class), o.path("story").isNull() ? null : o.path("story").asText(null),
                    list(o, "focus", Place.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a newsgraph article: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> List<T> list(JsonNode o, String field, Class<T> type) throws JsonProcessingException {
        List<T> out = new ArrayList<>();
        JsonNode arr = o.get(field);
        if (arr instanceof ArrayNode) for (JsonNode n : arr) out.add(JSON.treeToValue(n, type));
        return out;
    }
}
