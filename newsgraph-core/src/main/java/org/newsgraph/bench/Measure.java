package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

/**
 * Timing and heap readings for the bench commands. Numbers are only reported beside a baseline measured in the
 * same run, so the machine's speed cancels out of the ratio.
 */
public final class Measure {

    private Measure() {}

    /** Seconds of one run: the median of {@code runs} runs after {@code warmups} unmeasured ones. */
    public static double medianSeconds(int warmups, int runs, Runnable task) {
        for (int i = 0; i < warmups; i++) task.run();
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            t[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    /** Forgets the heap pools' peaks, so that {@link #peakHeapBytes()} measures from now on. */
    public static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peak usage since the last reset (an upper bound on the live peak). */
    public static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    public static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
}
