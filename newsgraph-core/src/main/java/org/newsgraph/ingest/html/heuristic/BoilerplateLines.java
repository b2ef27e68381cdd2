package org.newsgraph.ingest.html.heuristic;

import java.util.regex.Pattern;
import org.newsgraph.ingest.html.Heuristic;
import org.newsgraph.ingest.html.TextBlock;

/** Lines that are page furniture whatever their markup: "Advertisement", copyright notices, photo credits. */
public final class BoilerplateLines implements Heuristic {

    private static final Pattern TEXT = Pattern.compile(
            "(?i)^(advertisement|advertising|sponsored( content)?|story continues (below|after).{0,30}"
            + "|article continues (below|after).{0,30}|continue reading.{0,40}|scroll (down )?to continue.{0,30}"
            + "|(\\u00a9|copyright|\\(c\\)).{0,120}|all rights reserved.{0,60}|image (copyright|caption).{0,80}"
            + "|(photo|image|picture)s?( credit)?\\s*:.{0,80}|getty images|reuters|ap photo.{0,60}|loading.{0,10}"
            + "|click here.{0,80}|skip (to|ad).{0,30}|close|menu|search|back to top|top of page|play video"
            + "|watch( video| now)?|listen( to this article)?.{0,30}|\\d+ min(ute)?s? read)\\s*\\.?$");

    @Override
    public String name() {
        return "boilerplate-lines";
    }

    @Override
    public boolean dropsBlock(TextBlock b) {
        return b.text().length() < 160 && TEXT.matcher(b.text()).matches();
    }
}
