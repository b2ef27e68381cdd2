package org.newsgraph.model;

import java.util.List;

/** An article with every fact extracted from it. Lists are empty until the stage that fills them exists. */
public record ExtractedArticle(Article article, List<Entity> entities, List<Actor> actors, List<Quote> quotes,
                               List<Figure> figures, List<Claim> claims, List<DateMention> dates,
                               List<Place> places, List<Event> events, String story) {

    public ExtractedArticle {
        entities = List.copyOf(entities);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
        claims = List.copyOf(claims);
        dates = List.copyOf(dates);
        places = List.copyOf(places);
        events = List.copyOf(events);
    }

    public static ExtractedArticle bare(Article article) {
        return new ExtractedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
    }

    public String id() {
        return article.id();
    }
}
