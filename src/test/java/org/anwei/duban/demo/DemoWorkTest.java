package org.anwei.duban.demo;

import java.util.List;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.DirectiveQueries;
import org.anwei.duban.directive.DirectiveStatus;
import org.anwei.duban.meeting.MeetingDetails;
import org.anwei.duban.meeting.MeetingStatus;
import org.anwei.duban.task.StatusLight;
import org.anwei.duban.supervision.SupervisionService;
import org.anwei.duban.task.TaskFilter;
import org.anwei.duban.task.TaskListItem;
import org.anwei.duban.task.TaskQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo work a new user meets: a reviewed meeting, issued tasks, an overdue one with
 * its 督办.
 */
class DemoWorkTest extends SignedInAsAdminTest {

	@Autowired
	DemoWork demo;

	@Autowired
	DirectiveQueries directives;

	@Autowired
	TaskQueries tasks;

	@Autowired
	SupervisionService supervision;

	@Test
	void the_demo_shows_every_stage_of_the_work() {
		this.users.login(TestUsers.STAFF);
		MeetingDetails meeting = this.demo.create();
		assertThat(meeting.status()).isEqualTo(MeetingStatus.DECOMPOSED);
		List<DirectiveDetails> found = this.directives.forDocument(meeting.id(), meeting.documents().getFirst().id());
		assertThat(found).hasSizeGreaterThanOrEqualTo(5);
		assertThat(found).extracting(DirectiveDetails::status)
			.contains(DirectiveStatus.ISSUED, DirectiveStatus.PROPOSED);
		List<TaskListItem> issued = this.tasks
			.list(new TaskFilter(null, null, null, null, meeting.id(), null, null, null), PageRequest.of(0, 20));
		assertThat(issued).hasSizeGreaterThanOrEqualTo(3);
		TaskListItem overdue = this.tasks
			.list(new TaskFilter("汛后水毁道路隐患排查", null, StatusLight.RED, null, null, null, null, null),
					PageRequest.of(0, 20))
			.getFirst();
		assertThat(this.supervision.notices(TaskQueries.SUPERVISED_TYPE, overdue.id())).isNotEmpty();
	}

}
