package org.anwei.duban.supervision;

import java.util.List;

/**
 * Who hears of a supervised item: the liaisons of every department with a part in it; for
 * 督办 and instructions also the lead department's head and the leaders overseeing it.
 *
 * @param link the route of the item's page, as in {@code tasks/12}
 */
public record Audience(List<Long> departmentIds, long leadDepartmentId, String link) {

	public Audience {
		departmentIds = List.copyOf(departmentIds);
	}

}
