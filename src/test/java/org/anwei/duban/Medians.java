package org.anwei.duban;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Timing for the volume harnesses: one warm-up, then the median of {@code runs} timed
 * runs, each after {@code beforeEach} (which changes a row, so a database cannot hand
 * back a cached result of the same query), printed with the minimum and maximum.
 */
public final class Medians {

	private Medians() {
	}

	public static void report(String what, int runs, Runnable beforeEach, Supplier<?> action) {
		action.get();
		long[] times = new long[runs];
		for (int i = 0; i < runs; i++) {
			beforeEach.run();
			long start = System.nanoTime();
			action.get();
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		System.out.printf("%-66s median %7.1f ms  (min %.1f, max %.1f)%n", what, times[runs / 2] / 1e6, times[0] / 1e6,
				times[runs - 1] / 1e6);
	}

	/** "840 ms (790–910)": the median of the times and their range. */
	public static String describe(java.util.List<Long> millis) {
		java.util.List<Long> sorted = millis.stream().sorted().toList();
		return sorted.get(sorted.size() / 2) + " ms (" + sorted.getFirst() + "–" + sorted.getLast() + ")";
	}

}
