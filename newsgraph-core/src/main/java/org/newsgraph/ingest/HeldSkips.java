package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;

/**
 * Skips held back until the input gives its first article, so that an input which gives none fails as a whole with
 * one line (its first problem) instead of a line per bad part and another saying it held nothing.
 */
final class HeldSkips implements ArticleReader.Sink {

    private static final int HOLD = 100;

    private final ArticleReader.Sink out;
    private final List<String> held = new ArrayList<>();
    private long more;
    private long articles;

    HeldSkips(ArticleReader.Sink out) {
        this.out = out;
    }

    @Override
    public void article(Article article) {
        if (articles++ == 0) {
            held.forEach(out::skipped);
            if (more > 0) out.skipped("and " + more + " more parts skipped before the first article");
            held.clear();
        }
        out.article(article);
    }

    @Override
    public void skipped(String reason) {
        if (articles > 0) out.skipped(reason);
        else if (held.size() < HOLD) held.add(reason);
        else more++;
    }

    @Override
    public void note(String what) {
        out.note(what);
    }

    boolean any() {
        return articles > 0;
    }

    /** The problem of an input that gave no article: {@code what}, and its first skip when it had one. */
    InputProblem none(String what) {
        if (held.isEmpty()) return new InputProblem(what);
        long others = held.size() - 1 + more;
        return new InputProblem(what + ": " + held.get(0) + (others > 0 ? " (and " + others + " more like it)" : ""));
    }

    /** A problem met part-way: when articles came before it, they stand, and the line says so. */
    InputProblem after(InputProblem e) {
        return any() ? new InputProblem(e.getMessage() + "; the " + articles + " articles before it were read") : e;
    }
}
