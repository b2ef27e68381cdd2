package org.newsgraph.pipeline;

import java.util.function.UnaryOperator;
import org.newsgraph.model.ExtractedArticle;

/**
 * One extraction stage: a pure function from one model to the next. It reads what earlier stages put in the
 * model and returns a new model with its own facts added; it keeps no state between articles, so stages are
 * safe to call from several threads.
 */
@FunctionalInterface
public interface Stage extends UnaryOperator<ExtractedArticle> {}
