package org.anwei.duban.task;

import java.util.Map;

import org.anwei.duban.task.internal.Task;
import org.anwei.duban.task.internal.TaskWordIndex;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts a newly issued task into the word index the task list's search reads (see
 * {@link TaskSpecifications}), in the transaction that issues it.
 */
@Component
class TaskWords {

	private final JdbcTemplate jdbc;

	TaskWords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void index(Task task) {
		long id = java.util.Objects.requireNonNull(task.getId());
		this.jdbc.execute((ConnectionCallback<Void>) connection -> {
			TaskWordIndex.write(connection, Map.of(id, new String[] { task.getTitle(), task.getContent() }));
			return null;
		});
	}

}
