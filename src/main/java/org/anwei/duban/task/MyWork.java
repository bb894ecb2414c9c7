package org.anwei.duban.task;

import org.anwei.duban.extension.PendingExtension;
import java.util.List;

/** What needs the user's action now (see {@link TaskQueries#myWork}). */
public record MyWork(List<TaskListItem> toSign, List<TaskListItem> toReview, List<PendingExtension> extensions,
		List<TaskListItem> red, List<TaskListItem> yellow) {

	public MyWork {
		toSign = List.copyOf(toSign);
		toReview = List.copyOf(toReview);
		extensions = List.copyOf(extensions);
		red = List.copyOf(red);
		yellow = List.copyOf(yellow);
	}

}
