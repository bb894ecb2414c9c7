package org.anwei.duban.directive.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Speed harness (not a test: wall-clock times do not belong in assertions). Builds a
 * 200,000-character document from the development corpus ({@code ../shared/corpus/dev},
 * or the project's own texts when it is absent) and reports the median extraction time
 * over repeated runs on one thread; run it on one core with
 * {@code taskset -c 0 java -cp target/classes:target/test-classes:<dependencies> org.anwei.duban.directive.extraction.ExtractionBenchmark}
 * (README, "Directive extraction").
 */
public final class ExtractionBenchmark {

	private ExtractionBenchmark() {
	}

	/**
	 * The development corpus (else the project's own texts) repeated up to {@code length}
	 * characters.
	 */
	public static String corpusDocument(int length) throws IOException {
		List<String> texts = new ArrayList<>();
		if (DevelopmentCorpus.folder() != null) {
			DevelopmentCorpus.documents().forEach(stem -> texts.add(DevelopmentCorpus.text(stem)));
		}
		else {
			for (String name : List.of("notice", "news", "minutes", "speech")) {
				try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/texts/" + name + ".txt")) {
					texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		StringBuilder document = new StringBuilder();
		while (document.length() < length) {
			texts.forEach(text -> document.append(text).append('\n'));
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
		long[] times = new long[25];
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
