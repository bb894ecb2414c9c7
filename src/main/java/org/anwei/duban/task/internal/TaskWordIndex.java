package org.anwei.duban.task.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anwei.duban.base.SearchGrams;

/**
 * Writes tasks' entries in the word index ({@link TaskWord}) on a plain connection, so
 * that the application, the migration that indexes the tasks that were there before, and
 * the volume seeds write the same rows: the pairs of the title and of the content, each
 * once per task, several hundred rows per statement.
 */
public final class TaskWordIndex {

	private static final int ROWS_PER_STATEMENT = 500;

	private TaskWordIndex() {
	}

	/**
	 * The index rows of a task: its id and every distinct pair of its title and content.
	 */
	public static List<long[]> rows(long taskId, String title, String content) {
		var grams = SearchGrams.of(title);
		grams.addAll(SearchGrams.of(content));
		List<long[]> rows = new ArrayList<>(grams.size());
		grams.forEach(gram -> rows.add(new long[] { gram, taskId }));
		return rows;
	}

	/** Writes the rows of the tasks (id → title and content). */
	public static void write(Connection connection, Map<Long, String[]> texts) throws SQLException {
		List<long[]> rows = new ArrayList<>();
		texts.forEach((id, text) -> rows.addAll(rows(id, text[0], text[1])));
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			List<long[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
			StringBuilder sql = new StringBuilder("insert into task_word (gram, task_id) values ");
			for (int i = 0; i < part.size(); i++) {
				sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
			}
			try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
				int p = 1;
				for (long[] row : part) {
					insert.setLong(p++, row[0]);
					insert.setLong(p++, row[1]);
				}
				insert.executeUpdate();
			}
		}
	}

}
