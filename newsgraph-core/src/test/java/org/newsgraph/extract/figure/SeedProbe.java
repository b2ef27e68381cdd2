package org.newsgraph.extract.figure;

import org.junit.jupiter.api.Test;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Figure;
import org.newsgraph.pipeline.Pipeline;

class SeedProbe {
    @Test
    void print() {
        for (SeedArticles.Seed s : SeedArticles.load()) {
            ExtractedArticle x = Pipeline.standard().run(s.article());
            for (Figure f : x.figures()) System.out.println("FIG " + ArticleJson.mapper().valueToTree(f));
            for (var c : x.claims()) System.out.println("CLAIM " + ArticleJson.mapper().valueToTree(c));
        }
    }
}
