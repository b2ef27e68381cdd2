package org.newsgraph.model;

import java.util.List;

/**
 * An article with every fact extracted from it. Lists are empty until the stage that fills them exists.
 *
 * @param focus the places the article is about, most central first (a subset of {@code places} by name)
 */
public record ExtractedArticle(Article article, List<Entity> entities, List<Actor> actors, List<Quote> quotes,
                               List<Figure> figures, List<Claim> claims, List<DateMention> dates,
                               List<Place> places, List<Event> events, String story, List<Place> focus) {

    public ExtractedArticle {
        entities = List.copyOf(entities);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
        claims = List.copyOf(claims);
        dates = List.copyOf(dates);
        places = List.copyOf(places);
        events = List.copyOf(events);
        focus = focus == null ? List.of() : List.copyOf(focus);
    }

    /** Without focus places: the form every stage before geocoding builds. */
    public ExtractedArticle(Article article, List<Entity> entities, List<Actor> actors, List<Quote> quotes,
                            List<Figure> figures, List<Claim> claims, List<DateMention> dates,
                            List<Place> places, List<Event> events, String story) {
        this(article, entities, actors, quotes, figures, claims, dates, places, events, story, List.of());
    }

    public static ExtractedArticle bare(Article article) {
        return new ExtractedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
    }

    public ExtractedArticle withPlaces(List<Place> places, List<Place> focus) {
        return new ExtractedArticle(article, entities, actors, quotes, figures, claims, dates, places, events,
                story, focus);
    }

    public ExtractedArticle withEvents(List<Event> events) {
        return new ExtractedArticle(article, entities, actors, quotes, figures, claims, dates, places, events,
                story, focus);
    }

    public ExtractedArticle withStory(String story) {
        return new ExtractedArticle(article, entities, actors, quotes, figures, claims, dates, places, events,
                story, focus);
    }
    public String id() {
        return article.id();
    }

    /** The dates that name a place in the calendar: what dates figures and events (not durations, sets, "now"). */
    public List<DateMention> calendarDates() {
        return dates.stream().filter(DateMention::calendar).toList();
    }
}
