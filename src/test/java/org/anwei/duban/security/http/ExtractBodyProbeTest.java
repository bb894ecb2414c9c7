package org.anwei.duban.security.http;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.anwei.duban.LiveServerTest;
import org.anwei.duban.TestUsers;
import org.junit.jupiter.api.Test;

import static org.anwei.duban.security.http.ApiProbeTest.assertProblem;
import static org.anwei.duban.security.http.ApiProbeTest.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 5, the extract endpoint's body, against the running application: a body over 1
 * MB is refused with 413 whether it declares its length or streams without one, and a
 * text over 300,000 characters gets 422 naming the field; a speech still works.
 */
class ExtractBodyProbeTest extends LiveServerTest {

	@Test
	void twenty_megabytes_of_text_are_refused_before_they_are_read() throws Exception {
		byte[] huge = "各单位要加强值班。".repeat(800_000).getBytes(StandardCharsets.UTF_8); // 21.6
																					// MB
		long started = System.nanoTime();
		HttpResponse<String> refused = send(extract(HttpRequest.BodyPublishers.ofByteArray(huge)));
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertProblem(refused, 413, "too-large");
		assertThat(ApiProbeTest.detail(refused)).contains("1 MB");
		System.out.printf("[extract] %.1f MB with Content-Length: %d in %d ms%n", huge.length / 1048576.0,
				refused.statusCode(), millis);
	}

	@Test
	void a_body_without_a_declared_length_is_cut_off_at_the_limit() throws Exception {
		byte[] two = "各单位要加强值班。".repeat(80_000).getBytes(StandardCharsets.UTF_8); // 2.2
																					// MB,
																					// chunked
		HttpResponse<String> refused = send(
				extract(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(two))));
		assertProblem(refused, 413, "too-large");
	}

	@Test
	void a_text_longer_than_a_document_may_be_is_422_and_a_speech_works() throws Exception {
		String tooLong = "a".repeat(300_001);
		HttpResponse<String> refused = send(extract(HttpRequest.BodyPublishers.ofString(tooLong)));
		assertProblem(refused, 422, "invalid");
		assertThat(json(refused).at("/errors/0/field").asString()).isEqualTo("extract.text");

		HttpResponse<String> speech = send(extract(HttpRequest.BodyPublishers.ofString("一要压实责任。各区要在12月底前完成燃气隐患排查。")));
		assertThat(speech.statusCode()).as(speech.body()).isEqualTo(200);
		assertThat(json(speech).get("directives").size()).isPositive();
	}

	private HttpRequest extract(HttpRequest.BodyPublisher body) {
		return request("/api/v1/extract").header("Authorization", basic(TestUsers.STAFF, TestUsers.DEMO_PASSWORD))
			.header("Content-Type", "text/plain;charset=UTF-8")
			.POST(body)
			.build();
	}

}
