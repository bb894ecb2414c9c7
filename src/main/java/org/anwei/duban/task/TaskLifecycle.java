package org.anwei.duban.task;

import java.util.Map;
import java.util.Optional;

import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.i18n.TranslationKey;

/**
 * The task state machine. Legal moves:
 * <ul>
 * <li>待签收 —签收→ 办理中</li>
 * <li>办理中 —报送办结→ 待审核</li>
 * <li>待审核 —通过→ 已办结; 待审核 —退回→ 办理中</li>
 * <li>待签收 / 办理中 / 待审核 —撤销→ 已撤销</li>
 * </ul>
 * Anything else is refused with a message naming the status and the action.
 */
public final class TaskLifecycle {

	private static final Map<TaskStatus, Map<TaskAction, TaskStatus>> MOVES = Map.of(TaskStatus.ISSUED,
			Map.of(TaskAction.SIGN, TaskStatus.IN_PROGRESS, TaskAction.CANCEL, TaskStatus.CANCELLED),
			TaskStatus.IN_PROGRESS,
			Map.of(TaskAction.SUBMIT, TaskStatus.SUBMITTED, TaskAction.CANCEL, TaskStatus.CANCELLED),
			TaskStatus.SUBMITTED, Map.of(TaskAction.ACCEPT, TaskStatus.DONE, TaskAction.RETURN, TaskStatus.IN_PROGRESS,
					TaskAction.CANCEL, TaskStatus.CANCELLED),
			TaskStatus.DONE, Map.of(), TaskStatus.CANCELLED, Map.of());

	private TaskLifecycle() {
	}

	public static Optional<TaskStatus> target(TaskStatus from, TaskAction action) {
		return Optional.ofNullable(MOVES.get(from).get(action));
	}

	/**
	 * The status after the action, or a validation error saying why it is not allowed.
	 */
	public static TaskStatus next(TaskStatus from, TaskAction action) {
		return target(from, action)
			.orElseThrow(() -> ValidationException.of("task.status", "validation.task.illegal-transition",
					new TranslationKey(from.labelKey()), new TranslationKey(action.labelKey())));
	}

}
