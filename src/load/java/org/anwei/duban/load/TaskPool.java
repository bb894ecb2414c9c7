package org.anwei.duban.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Tasks handed to the virtual users one at a time per group (a department's tasks in
 * progress, the tasks to accept): two users never work on the same task at once, as two
 * liaisons rarely report on the same task in the same minute. A task given back goes to
 * the end of its group's queue; one that is used up (accepted) is not given back.
 */
final class TaskPool {

	private final Map<Long, ConcurrentLinkedDeque<Long>> groups = new ConcurrentHashMap<>();

	TaskPool(Map<Long, java.util.List<Long>> tasks) {
		tasks.forEach((group, ids) -> this.groups.put(group, new ConcurrentLinkedDeque<>(ids)));
	}

	/** A task of the group no one else has now. */
	long take(long group) {
		ConcurrentLinkedDeque<Long> queue = this.groups.get(group);
		Long task = queue == null ? null : queue.pollFirst();
		if (task == null) {
			throw new IllegalStateException("no task left in group " + group);
		}
		return task;
	}

	void giveBack(long group, long task) {
		this.groups.get(group).addLast(task);
	}

	boolean has(long group) {
		ConcurrentLinkedDeque<Long> queue = this.groups.get(group);
		return queue != null && !queue.isEmpty();
	}

}
