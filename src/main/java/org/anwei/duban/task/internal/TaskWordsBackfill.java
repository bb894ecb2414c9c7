package org.anwei.duban.task.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * The migration that puts the tasks issued before the word index existed into it
 * (changelog 0033), a thousand tasks at a time in id order, on MySQL, MariaDB and H2
 * alike: the pairs are counted in Java, as the application counts them. Each round writes
 * its tasks' entries anew, so running it again changes nothing.
 */
public class TaskWordsBackfill implements CustomTaskChange {

	private static final int TASKS_PER_ROUND = 1000;

	private int indexed;

	@Override
	public void execute(Database database) throws CustomChangeException {
		Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
		try (PreparedStatement next = connection.prepareStatement(
				"select id, title, content from task where id > ? order by id limit " + TASKS_PER_ROUND)) {
			long after = 0;
			while (true) {
				Map<Long, String[]> texts = new LinkedHashMap<>();
				next.setLong(1, after);
				try (ResultSet rs = next.executeQuery()) {
					while (rs.next()) {
						texts.put(rs.getLong(1), new String[] { java.util.Objects.toString(rs.getString(2), ""),
								java.util.Objects.toString(rs.getString(3), "") });
					}
				}
				if (texts.isEmpty()) {
					return;
				}
				after = texts.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
				long first = texts.keySet().iterator().next();
				// written anew, so that a run cut short can simply run again
				try (PreparedStatement clear = connection
					.prepareStatement("delete from task_word where task_id between ? and ?")) {
					clear.setLong(1, first);
					clear.setLong(2, after);
					clear.executeUpdate();
				}
				TaskWordIndex.write(connection, texts);
				this.indexed += texts.size();
			}
		}
		catch (SQLException ex) {
			throw new CustomChangeException("indexing the tasks' words failed", ex);
		}
	}

	@Override
	public String getConfirmationMessage() {
		return "put " + this.indexed + " tasks into the word index";
	}

	@Override
	public void setUp() {
	}

	@Override
	public void setFileOpener(ResourceAccessor resourceAccessor) {
	}

	@Override
	public ValidationErrors validate(Database database) {
		return new ValidationErrors();
	}

}
