package org.newsgraph.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.pipeline.Pipeline;

/** The added Figure and Claim components go out in the contract JSON and come back. */
class FigureJsonTest {

    @Test
    void figuresAndClaimsRoundTrip() {
        ExtractedArticle x = Pipeline.standard().run(Texts.of(
                "Officials said more than 2,000 people fled, a figure that could not be independently verified.",
                "The donors pledged $1.5 billion.").build().article());
        assertThat(x.figures()).hasSize(2);
        ExtractedArticle back = ArticleJson.fromJson(ArticleJson.toJson(x));
        assertThat(back.figures()).isEqualTo(x.figures());
        assertThat(back.claims()).isEqualTo(x.claims());
        assertThat(ArticleJson.toTree(x).get("figures").get(0).has("perpetrator")).isTrue();
    }
}
