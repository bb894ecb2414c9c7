package org.anwei.duban.directive.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development corpus ({@code ../shared/corpus/dev}): real safety-meeting texts with
 * hand-made answers. The whole corpus must reach F1 ≥ 0.90, department recall ≥ 0.80 and
 * deadline accuracy ≥ 0.80 (measured exactly as {@code shared/tools/score_extraction.py}
 * does), and every document its own floor, so one bad document cannot hide behind the
 * average. A document's department floor counts the parties its answer writes as the text
 * does (one answer writes a traditional text's parties in simplified characters). The two
 * halves the rules were tuned and checked on are printed side by side (README, "Directive
 * extraction").
 */
class DirectiveCorpusTest {

	/**
	 * The half the rules were first tuned on; the other half was held out to check them.
	 */
	static final List<String> TUNING_HALF = List.of("01", "04", "08", "12", "16", "21", "23", "25", "27", "29", "31",
			"33", "35");

	static final double F1_FLOOR = 0.90;

	static final double DEPARTMENT_FLOOR = 0.80;

	static final double DEADLINE_FLOOR = 0.80;

	/** No single document may fall below these. */
	static final double DOCUMENT_F1_FLOOR = 0.60;

	static final double DOCUMENT_DEPARTMENT_FLOOR = 0.50;

	@Test
	void the_engine_meets_the_bar_on_the_whole_corpus_and_on_every_document() {
		DevelopmentCorpus.require();
		List<String> documents = DevelopmentCorpus.documents();
		CorpusScore score = CorpusScore.of(documents, new DirectiveExtractor());
		System.out.println(String.join("\n", score.lines));
		System.out.println("tuning half:   " + half(documents, true).total.summary());
		System.out.println("held-out half: " + half(documents, false).total.summary());
		System.out.println("whole corpus:  " + score.total.summary());

		assertThat(documents).as("documents in the corpus").hasSizeGreaterThanOrEqualTo(26);
		assertThat(score.total.f1()).as(score.total.summary()).isGreaterThanOrEqualTo(F1_FLOOR);
		assertThat(score.total.departmentRecall()).as(score.total.summary()).isGreaterThanOrEqualTo(DEPARTMENT_FLOOR);
		assertThat(score.total.deadlineAccuracy()).as(score.total.summary()).isGreaterThanOrEqualTo(DEADLINE_FLOOR);
		for (int i = 0; i < documents.size(); i++) {
			CorpusScore.Figures figures = score.perDocument.get(i);
			String which = documents.get(i) + ": " + figures.summary();
			assertThat(figures.f1()).as(which).isGreaterThanOrEqualTo(DOCUMENT_F1_FLOOR);
			assertThat(figures.writtenDepartmentRecall()).as(which).isGreaterThanOrEqualTo(DOCUMENT_DEPARTMENT_FLOOR);
		}
	}

	private static CorpusScore half(List<String> documents, boolean tuning) {
		return CorpusScore.of(documents.stream().filter(d -> TUNING_HALF.contains(d) == tuning).toList(),
				new DirectiveExtractor());
	}

}
