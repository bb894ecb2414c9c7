package org.anwei.duban.directive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String stdin, String... args) {
		return ExtractCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void prints_the_json_document_for_a_gbk_file_and_maps_aliases_with_the_demo_directory(@TempDir Path dir)
			throws IOException {
		Path file = dir.resolve("speech.txt");
		Files.write(file, "会议要求：一是市安监局要在年底前完成危化品企业排查；二是市住建局要加强工地检查。".getBytes(Charset.forName("GBK")));

		assertThat(run("", "--meeting-date=2026-11-10", file.toString())).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(json.get("meetingDate").asString()).isEqualTo("2026-11-10");
		JsonNode first = json.get("directives").get(0);
		assertThat(first.get("marker").asString()).isEqualTo("一是");
		assertThat(first.get("departments").get(0).get("department").asString()).isEqualTo("市应急管理局");
		assertThat(first.get("deadline").get("date").asString()).isEqualTo("2026-12-31");
		assertThat(first.get("categories").toString()).contains("危险化学品");
		assertThat(first.get("title").asString()).isEqualTo("危化品企业排查");
		assertThat(json.get("candidates").isArray()).isTrue();
	}

	@Test
	void candidates_come_apart_from_the_directives_with_their_reason() throws IOException {
		assertThat(run("大家要做到警钟长鸣，时刻绷紧安全之弦。会议要求：一是各县区要开展燃气排查；二是各企业要落实主体责任。", "-")).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(json.get("directives")).hasSize(2);
		assertThat(json.get("candidates")).singleElement()
			.satisfies(c -> assertThat(c.get("reason").asString()).isEqualTo("EXHORTATION"));
	}

	@Test
	void reads_standard_input_and_prints_text() {
		assertThat(run("各单位要加强值班值守。", "--format=text", "-")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("各单位要加强值班值守");
	}

	@Test
	void unreadable_input_and_bad_arguments_exit_non_zero_with_a_message(@TempDir Path dir) throws IOException {
		assertThat(run("", dir.resolve("missing.txt").toString())).isEqualTo(3);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("cannot read");
		Path junk = dir.resolve("junk.txt");
		Files.write(junk, new byte[] { (byte) 0xFF, (byte) 0x00, (byte) 0x81, (byte) 0xFE, (byte) 0x80 });
		assertThat(run("", junk.toString())).isEqualTo(3);
		assertThat(run("", "--meeting-date=yesterday", "x.txt")).isEqualTo(2);
		assertThat(run("")).isEqualTo(2);
	}

}
