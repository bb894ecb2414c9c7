package org.anwei.duban.directive;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveTestData.Fixture;
import org.anwei.duban.directive.extraction.ExtractionBenchmark;
import org.anwei.duban.meeting.MeetingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Timing harness for the review screen's service calls on a 200,000-character document
 * (several hundred directives), on whichever database the tests use. Off by default; not
 * an assertion of speed:
 * {@code ./mvnw test -Dtest=DirectiveReviewBenchmark -Danwei.benchmark=true} (add the
 * MariaDB settings of the README to measure MariaDB).
 */
@EnabledIfSystemProperty(named = "anwei.benchmark", matches = "true")
class DirectiveReviewBenchmark extends SignedInAsAdminTest {

	private static final int RUNS = 5;

	@Autowired
	DirectiveService directives;

	@Autowired
	DirectiveQueries queries;

	@Autowired
	MeetingService meetings;

	@Test
	void review_of_a_200000_character_document() throws IOException {
		this.users.login(TestUsers.STAFF);
		String text = ExtractionBenchmark.corpusDocument(200_000);
		long[] extract = new long[RUNS];
		long[] reextract = new long[RUNS];
		long[] list = new long[RUNS];
		long[] issue = new long[RUNS];
		int count = 0;
		for (int run = 0; run < RUNS; run++) {
			Fixture f = DirectiveTestData.meetingWithSpeech(this.meetings, text + "\n" + run + System.nanoTime());
			extract[run] = time(() -> this.directives.extract(f.meetingId(), f.documentId()));
			reextract[run] = time(() -> this.directives.extract(f.meetingId(), f.documentId()));
			long[] listed = new long[1];
			list[run] = time(() -> {
				List<DirectiveDetails> all = this.queries.forDocument(f.meetingId(), f.documentId());
				listed[0] = all.size();
				return all;
			});
			count = (int) listed[0];
			List<DirectiveRef> issuable = this.queries.forDocument(f.meetingId(), f.documentId())
				.stream()
				.filter(d -> d.lead().isPresent() && d.hasDeadline())
				.map(DirectiveDetails::ref)
				.toList();
			issue[run] = time(() -> this.directives.issue(f.meetingId(), f.documentId(), issuable));
		}
		System.out.printf("%d directives: extract+store %s, extract again %s, list %s, issue %s (median ms of %d)%n",
				count, median(extract), median(reextract), median(list), median(issue), RUNS);
	}

	private static long time(Supplier<?> action) {
		long start = System.nanoTime();
		action.get();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
