package org.anwei.duban.directive.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The directive-extraction development corpus: other people's texts with hand-made
 * answers, read where they are kept ({@code ../shared/corpus/dev} beside the project, or
 * the folder the {@code anwei.corpus.dir} system property names) and never copied into
 * the project. Without it the tests that need it are skipped with a message; CI checks
 * that the folder exists, so there they always run.
 */
final class DevelopmentCorpus {

	static final String SKIPPED = "development corpus not found at ../shared/corpus/dev "
			+ "(or -Danwei.corpus.dir): the corpus tests are skipped; CI always has it";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DevelopmentCorpus() {
	}

	static @Nullable Path folder() {
		String configured = System.getProperty("anwei.corpus.dir");
		Path folder = configured != null ? Path.of(configured) : Path.of("..", "shared", "corpus", "dev");
		return Files.isDirectory(folder) ? folder : null;
	}

	/** Skips the calling test with a message when the corpus is not here. */
	static Path require() {
		Path folder = folder();
		assumeTrue(folder != null, SKIPPED);
		return folder;
	}

	/** The documents' names (01, 02, …), in order. */
	static List<String> documents() {
		Path folder = folder();
		if (folder == null) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString())
				.filter(name -> name.endsWith(".gold.json"))
				.map(name -> name.substring(0, name.length() - ".gold.json".length()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String stem) {
		return read(require().resolve(stem + ".txt"));
	}

	static JsonNode gold(String stem) {
		return JSON.readTree(read(require().resolve(stem + ".gold.json")));
	}

	static @Nullable LocalDate meetingDate(JsonNode gold) {
		return gold.hasNonNull("meeting_date") ? LocalDate.parse(gold.get("meeting_date").asString()) : null;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
