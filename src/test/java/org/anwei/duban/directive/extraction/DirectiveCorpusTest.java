package org.anwei.duban.directive.extraction;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development corpus (src/test/resources/corpus/dev, copied from shared/corpus): real
 * safety-meeting texts with hand-made answers. The floors below are the engine's measured
 * level, raised as it improves; the bar is F1 ≥ 0.90, department recall ≥ 0.80,
 * deadline accuracy ≥ 0.80.
 */
class DirectiveCorpusTest {

	static final List<String> DOCUMENTS = List.of("01", "02", "04", "06", "08", "10", "12", "14", "16", "18");

	@Test
	void the_engine_meets_the_bar_on_the_development_corpus() throws IOException {
		CorpusScore score = CorpusScore.of(DOCUMENTS, new DirectiveExtractor());
		System.out.println(String.join("\n", score.lines));
		System.out.println(score.summary());
		assertThat(score.f1()).as(score.summary()).isGreaterThanOrEqualTo(F1_FLOOR);
		assertThat(score.departmentRecall()).as(score.summary()).isGreaterThanOrEqualTo(DEPARTMENT_FLOOR);
		assertThat(score.deadlineAccuracy()).as(score.summary()).isGreaterThanOrEqualTo(DEADLINE_FLOOR);
	}

	static final double F1_FLOOR = 0.90;

	static final double DEPARTMENT_FLOOR = 0.80;

	static final double DEADLINE_FLOOR = 0.80;

}
