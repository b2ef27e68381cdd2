package org.newsgraph.spark;

import org.newsgraph.pipeline.Pipeline;

/**
 * The pipeline of this JVM, built on first use. An executor runs many tasks; the CoreNLP models and the gazetteer
 * load once per executor, not once per task or per partition. Nothing here is serialised: each JVM builds its own.
 */
final class SharedPipeline {

    private SharedPipeline() {}

    /** The holder idiom: the class loads, and the pipeline with it, the first time {@link #get} is called. */
    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.standard();
    }

    static Pipeline get() {
        return Holder.PIPELINE;
    }
}
