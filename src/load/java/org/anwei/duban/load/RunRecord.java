package org.anwei.duban.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

import io.gatling.javaapi.core.Session;

/**
 * What the users lived through, kept beside Gatling's statistics for the fail-over test:
 * the rounds that failed, by the node that held the user's session (the suffix of its
 * session id; "api" for token clients), and the text of every report the user saw saved.
 * The fail-over script then checks that the users of the surviving node failed nothing
 * and that every report seen saved is in the database exactly once.
 */
final class RunRecord {

	static final String NODE = "node";

	private static final Map<String, LongAdder> FAILED_ROUNDS = new ConcurrentHashMap<>();

	private static final Map<String, LongAdder> ROUNDS = new ConcurrentHashMap<>();

	private static final Queue<String> SAVED_REPORTS = new ConcurrentLinkedQueue<>();

	private RunRecord() {
	}

	/** The node that holds the session just signed in: what its id ends with. */
	static Session signedIn(Session session) {
		String id = session.contains("JSESSIONID") ? session.getString("JSESSIONID") : null;
		int dot = id == null ? -1 : id.lastIndexOf('.');
		return session.set(NODE, dot < 0 ? "-" : id.substring(dot + 1));
	}

	static Session round(Session session) {
		count(ROUNDS, node(session));
		if (session.isFailed()) {
			count(FAILED_ROUNDS, node(session));
		}
		return session;
	}

	static Session reportSaved(Session session, String attribute) {
		SAVED_REPORTS.add(session.getString(attribute));
		return session;
	}

	private static String node(Session session) {
		return session.contains(NODE) ? session.getString(NODE) : "api";
	}

	private static void count(Map<String, LongAdder> counts, String node) {
		counts.computeIfAbsent(node, n -> new LongAdder()).increment();
	}

	/**
	 * Writes {@code <prefix>-rounds.txt} (node, rounds, failed rounds) and
	 * {@code <prefix>-reports.txt} (one saved report text a line), if the system property
	 * {@code anwei.load.record} names the prefix.
	 */
	static void write() {
		String prefix = System.getProperty("anwei.load.record");
		if (prefix == null) {
			return;
		}
		StringBuilder rounds = new StringBuilder();
		new TreeMap<>(ROUNDS).forEach((node, all) -> rounds.append(node)
			.append(' ')
			.append(all.sum())
			.append(' ')
			.append(FAILED_ROUNDS.getOrDefault(node, new LongAdder()).sum())
			.append('\n'));
		try {
			Files.writeString(Path.of(prefix + "-rounds.txt"), rounds);
			Files.write(Path.of(prefix + "-reports.txt"), SAVED_REPORTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
