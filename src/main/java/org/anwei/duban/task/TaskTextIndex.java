package org.anwei.duban.task;

import java.util.Collection;
import java.util.Set;

import org.anwei.duban.base.SearchGrams;
import org.anwei.duban.task.internal.TaskRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds in the word index the tasks a search text can be in: those whose title or content
 * has every pair of the text's neighbouring characters. The list then compares the text
 * with those few tasks by their ids. Found in a separate query on purpose: given the
 * condition as a subquery, MySQL and MariaDB walk all tasks in deadline order and look
 * each up in it, which for a rare word is every task.
 */
@Component
class TaskTextIndex {

	/**
	 * Beyond this many tasks the text is common: the list reads the tasks in order and
	 * finds a page of matches quickly without the ids.
	 */
	static final int MAX_CANDIDATES = 2000;

	private final TaskRepository tasks;

	TaskTextIndex(TaskRepository tasks) {
		this.tasks = tasks;
	}

	/**
	 * The tasks the text can be in, or null when the index does not narrow the search (no
	 * text, one character, or a common text).
	 */
	@Nullable Collection<Long> candidates(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Set<Long> grams = SearchGrams.of(text.strip());
		if (grams.isEmpty()) {
			return null;
		}
		var found = this.tasks.havingAllPairs(grams, grams.size(), MAX_CANDIDATES + 1);
		return found.size() > MAX_CANDIDATES ? null : found;
	}

}
