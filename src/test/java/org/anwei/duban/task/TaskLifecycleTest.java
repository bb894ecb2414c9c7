package org.anwei.duban.task;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.anwei.duban.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every legal move of the task state machine, and every illegal one refused. */
class TaskLifecycleTest {

	private static final Map<TaskStatus, Map<TaskAction, TaskStatus>> LEGAL = Map.of(TaskStatus.ISSUED,
			Map.of(TaskAction.SIGN, TaskStatus.IN_PROGRESS, TaskAction.CANCEL, TaskStatus.CANCELLED),
			TaskStatus.IN_PROGRESS,
			Map.of(TaskAction.SUBMIT, TaskStatus.SUBMITTED, TaskAction.CANCEL, TaskStatus.CANCELLED),
			TaskStatus.SUBMITTED, Map.of(TaskAction.ACCEPT, TaskStatus.DONE, TaskAction.RETURN, TaskStatus.IN_PROGRESS,
					TaskAction.CANCEL, TaskStatus.CANCELLED));

	@ParameterizedTest(name = "{0} --{1}--> {2}")
	@CsvSource({ "ISSUED,SIGN,IN_PROGRESS", "ISSUED,CANCEL,CANCELLED", "IN_PROGRESS,SUBMIT,SUBMITTED",
			"IN_PROGRESS,CANCEL,CANCELLED", "SUBMITTED,ACCEPT,DONE", "SUBMITTED,RETURN,IN_PROGRESS",
			"SUBMITTED,CANCEL,CANCELLED" })
	void legal_moves(TaskStatus from, TaskAction action, TaskStatus to) {
		assertThat(TaskLifecycle.next(from, action)).isEqualTo(to);
	}

	@Test
	void every_other_move_is_refused_naming_the_status_and_the_action() {
		int refused = 0;
		for (TaskStatus from : TaskStatus.values()) {
			for (TaskAction action : TaskAction.values()) {
				if (LEGAL.getOrDefault(from, Map.of()).containsKey(action)) {
					continue;
				}
				assertThatThrownBy(() -> TaskLifecycle.next(from, action))
					.isInstanceOfSatisfying(ValidationException.class, ex -> {
						assertThat(ex.errors().getFirst().messageKey()).isEqualTo("validation.task.illegal-transition");
						assertThat(ex.errors().getFirst().arguments()).hasSize(2);
					});
				refused++;
			}
		}
		assertThat(refused).isEqualTo(TaskStatus.values().length * TaskAction.values().length - 7);
	}

	@Test
	void done_and_cancelled_tasks_are_closed() {
		Set<TaskStatus> open = EnumSet.noneOf(TaskStatus.class);
		for (TaskStatus status : TaskStatus.values()) {
			if (status.isOpen()) {
				open.add(status);
			}
		}
		assertThat(open).containsExactlyInAnyOrder(TaskStatus.ISSUED, TaskStatus.IN_PROGRESS, TaskStatus.SUBMITTED);
	}

	@Test
	void yellow_comes_days_before_the_deadline_or_after_most_of_the_time_whichever_is_earlier() {
		TaskProperties properties = new TaskProperties(3, 0.8, 7, 2, java.time.ZoneId.of("Asia/Shanghai"));
		LocalDate issued = LocalDate.of(2026, 11, 1);
		assertThat(Deadlines.yellowFrom(issued, LocalDate.of(2026, 12, 31), properties))
			.isEqualTo(LocalDate.of(2026, 12, 19));
		assertThat(Deadlines.yellowFrom(issued, LocalDate.of(2026, 11, 11), properties))
			.isEqualTo(LocalDate.of(2026, 11, 8));
		assertThat(Deadlines.yellowFrom(issued, LocalDate.of(2026, 11, 2), properties)).isEqualTo(issued);
		LocalDate deadline = LocalDate.of(2026, 11, 30);
		LocalDate yellow = LocalDate.of(2026, 11, 25);
		assertThat(Deadlines.light(TaskStatus.IN_PROGRESS, deadline, yellow, LocalDate.of(2026, 11, 24)))
			.isEqualTo(StatusLight.GREEN);
		assertThat(Deadlines.light(TaskStatus.IN_PROGRESS, deadline, yellow, yellow)).isEqualTo(StatusLight.YELLOW);
		assertThat(Deadlines.light(TaskStatus.IN_PROGRESS, deadline, yellow, deadline)).isEqualTo(StatusLight.YELLOW);
		assertThat(Deadlines.light(TaskStatus.ISSUED, deadline, yellow, deadline.plusDays(1)))
			.isEqualTo(StatusLight.RED);
		assertThat(Deadlines.light(TaskStatus.DONE, deadline, yellow, deadline.plusDays(1)))
			.isEqualTo(StatusLight.NONE);
	}

}
