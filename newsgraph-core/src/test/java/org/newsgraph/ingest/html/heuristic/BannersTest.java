package org.newsgraph.ingest.html.heuristic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.ingest.html.heuristic.Snippets.PROSE;
import static org.newsgraph.ingest.html.heuristic.Snippets.drops;
import static org.newsgraph.ingest.html.heuristic.Snippets.dropsLine;

import org.junit.jupiter.api.Test;

class BannersTest {

    private final Banners h = new Banners();

    @Test
    void dropsCookieAndNewsletterPrompts() {
        assertThat(drops(h, "<div id='cookie-consent'>We use cookies.</div>")).isTrue();
        assertThat(drops(h, "<div class='newsletter-signup'>Get the briefing</div>")).isTrue();
        assertThat(drops(h, "<div class='post-content'>" + PROSE + "</div>")).isFalse();
        assertThat(dropsLine(h, "Sign up for our newsletter to get the news every morning.")).isTrue();
        assertThat(dropsLine(h, "This website uses cookies to give you the best experience.")).isTrue();
        assertThat(dropsLine(h, "The baker said cookies sold out by noon on the first day of the fair.")).isFalse();
    }

    @Test
    void theQuickPreCheckLetsEveryPhraseThroughInAnyCase() {
        for (String line : new String[] {"SUBSCRIBE NOW", "Already a Subscriber? Sign in.", "LOGIN TO CONTINUE",
                "To Continue Reading, register.", "Create a FREE ACCOUNT", "Support Independent Journalism",
                "Enter your e-mail or Your Email Address", "Get the Morning newsletter", "Accept All Cookies"}) {
            assertThat(dropsLine(h, line)).as(line).isTrue();
        }
        assertThat(Banners.mayHoldPhrase("The council met on Tuesday.")).isFalse();
    }
}
