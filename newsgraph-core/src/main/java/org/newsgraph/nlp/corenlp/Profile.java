package org.newsgraph.nlp.corenlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Time spent per step, summed over calls from any thread; two clock reads a step, so always on. */
final class Profile {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    void add(String step, long elapsed) {
        order.putIfAbsent(step, order.size());
        nanos.computeIfAbsent(step, k -> new LongAdder()).add(elapsed);
    }

    Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum()));
        return out;
    }
}
