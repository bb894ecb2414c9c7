package org.anwei.duban.directive.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Speed harness (not a test: wall-clock times do not belong in assertions). Builds a
 * 200,000-character document from the development corpus and reports the median
 * extraction time over repeated runs on one thread:
 * {@code java -cp target/classes:target/test-classes org.anwei.duban.directive.extraction.ExtractionBenchmark}.
 */
public final class ExtractionBenchmark {

	private ExtractionBenchmark() {
	}

	/** The development corpus repeated up to {@code length} characters. */
	public static String corpusDocument(int length) throws IOException {
		StringBuilder document = new StringBuilder();
		while (document.length() < length) {
			for (String stem : DirectiveCorpusTest.DOCUMENTS) {
				try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/corpus/dev/" + stem + ".txt")) {
					document.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
				}
			}
		}
		return document.substring(0, length);
	}

	public static void main(String[] args) throws IOException {
		String text = corpusDocument(200_000);
		DirectiveExtractor extractor = new DirectiveExtractor();
		LocalDate meeting = LocalDate.of(2026, 11, 10);
		for (int i = 0; i < 5; i++) {
			extractor.extract(text, meeting, DepartmentDirectory.empty()); // warm-up
		}
		long[] times = new long[15];
		int directives = 0;
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			directives = extractor.extract(text, meeting, DepartmentDirectory.empty()).directives().size();
			times[i] = System.nanoTime() - start;
		}
		java.util.Arrays.sort(times);
		System.out.printf("200,000 characters: %d directives, median %.1f ms, min %.1f ms, max %.1f ms (%d runs)%n",
				directives, times[times.length / 2] / 1e6, times[0] / 1e6, times[times.length - 1] / 1e6, times.length);
	}

}
