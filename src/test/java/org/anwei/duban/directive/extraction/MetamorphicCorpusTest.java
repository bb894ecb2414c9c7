package org.anwei.duban.directive.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same speech pasted differently must give the same result: for every corpus text in
 * traditional characters, inside page chrome, hard-wrapped every 30–40 characters (six
 * wrappings), with punctuation widths swapped, and all at once, the directives' spans
 * (mapped back to the clean text), their parties (compared in simplified characters
 * without pinyin) and their deadlines equal the clean text's.
 */
class MetamorphicCorpusTest {

	private static final Pattern PINYIN = Pattern.compile("\\((?:[a-z\\u00fc]|[\\u00e0-\\u01dc])+\\)");

	private final DirectiveExtractor extractor = new DirectiveExtractor();

	@TestFactory
	Stream<DynamicTest> every_variant_of_every_corpus_text_gives_the_clean_texts_directives() {
		DevelopmentCorpus.require();
		List<DynamicTest> tests = new ArrayList<>();
		for (String stem : DevelopmentCorpus.documents()) {
			String clean = DevelopmentCorpus.text(stem);
			LocalDate meeting = DevelopmentCorpus.meetingDate(DevelopmentCorpus.gold(stem));
			String expected = outcome(clean, meeting, identity(clean.length()));
			variants(clean, stem.hashCode())
				.forEach((name, variant) -> tests.add(DynamicTest.dynamicTest(stem + " " + name,
						() -> assertThat(outcome(variant.text(), meeting, variant.toClean())).isEqualTo(expected))));
		}
		return tests.stream();
	}

	private static Map<String, TextVariants> variants(String clean, long seed) {
		Map<String, TextVariants> variants = new LinkedHashMap<>();
		variants.put("traditional", TextVariants.traditional(clean));
		variants.put("punctuation width", TextVariants.width(clean));
		variants.put("page chrome", TextVariants.chrome(clean));
		for (int k = 0; k <= 6; k++) {
			variants.put("wrapped " + k, TextVariants.wrapped(clean, seed + 7919L * k));
		}
		variants.put("all at once", TextVariants.all(clean, seed + 17));
		return variants;
	}

	/** One line per directive: span in the clean text, parties, deadline. */
	private String outcome(String text, LocalDate meeting, int[] toClean) {
		StringBuilder out = new StringBuilder();
		for (ExtractedDirective d : this.extractor.extract(text, meeting, DepartmentDirectory.empty()).directives()) {
			out.append(toClean[d.start()]).append('-').append(toClean[d.end() - 1] + 1).append(' ');
			for (DepartmentMention m : d.departments()) {
				out.append(PINYIN.matcher(Characters.simplified(m.mention())).replaceAll(""))
					.append(m.inherited() ? "^" : "")
					.append(',');
			}
			out.append(' ').append(d.deadline() == null ? "" : d.deadline().date() + "/" + d.deadline().recurrence());
			out.append('\n');
		}
		return out.toString();
	}

	private static int[] identity(int length) {
		int[] map = new int[length + 1];
		for (int i = 0; i <= length; i++) {
			map[i] = i;
		}
		return map;
	}

}
