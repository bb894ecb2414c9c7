package org.anwei.duban.hazard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.OptimisticLocking;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.hazard.internal.Hazard;
import org.anwei.duban.hazard.internal.HazardRepository;
import org.anwei.duban.supervision.Audience;
import org.anwei.duban.supervision.SupervisedItem;
import org.anwei.duban.supervision.SupervisedItems;
import org.anwei.duban.supervision.SupervisionState;
import org.springframework.stereotype.Component;

/**
 * Hazards as supervised items: from a few days before their time limit until they are
 * reported rectified, the responsible (and supervising) departments are reminded daily;
 * once overdue they climb the same 督办 ladder as tasks, with the same numbered notices;
 * staff urge them by hand.
 */
@Component
class HazardSupervision implements SupervisedItems {

	private final HazardRepository hazards;

	private final HazardAccess access;

	HazardSupervision(HazardRepository hazards, CurrentUser currentUser) {
		this.hazards = hazards;
		this.access = new HazardAccess(currentUser);
	}

	static Audience audienceOf(Hazard hazard) {
		List<Long> departments = new ArrayList<>(List.of(hazard.getResponsibleDepartmentId()));
		if (hazard.getSupervisingDepartmentId() != null
				&& hazard.getSupervisingDepartmentId() != hazard.getResponsibleDepartmentId()) {
			departments.add(hazard.getSupervisingDepartmentId());
		}
		return new Audience(departments, hazard.getResponsibleDepartmentId(), "hazards/" + hazard.getId());
	}

	@Override
	public String type() {
		return HazardService.ENTITY;
	}

	@Override
	public String reminderKeys() {
		return "notification.hazard.reminder.";
	}

	@Override
	public List<SupervisedItem> dueForReminder(LocalDate today) {
		return this.hazards.dueForReminder(today).stream().<SupervisedItem>map(Item::new).toList();
	}

	@Override
	public SupervisedItem visible(long id) {
		return new Item(this.access.requireVisible(this.hazards.findById(id).orElse(null), id));
	}

	@Override
	public SupervisedItem urge(long id, long version, Instant now) {
		Hazard hazard = this.access.requireVisible(this.hazards.findById(id).orElse(null), id);
		if (hazard.getVersion() != version) {
			throw new ConcurrentEditException(HazardAccess.ENTITY, id);
		}
		if (!hazard.getStatus().awaitsRectification()) {
			throw ValidationException.of("hazard.status", "validation.hazard.not-rectifying");
		}
		hazard.supervision().urged();
		OptimisticLocking.flush(this.hazards, HazardAccess.ENTITY, id);
		return new Item(hazard);
	}

	private record Item(Hazard hazard) implements SupervisedItem {

		@Override
		public long id() {
			return Objects.requireNonNull(this.hazard.getId());
		}

		@Override
		public String title() {
			return this.hazard.getNumber() + " " + this.hazard.getUnitName();
		}

		@Override
		public String content() {
			return this.hazard.getDescription();
		}

		@Override
		public LocalDate originalDeadline() {
			return this.hazard.getTimeLimit();
		}

		@Override
		public LocalDate currentDeadline() {
			return this.hazard.getTimeLimit();
		}

		@Override
		public Audience audience() {
			return audienceOf(this.hazard);
		}

		@Override
		public String noticeSubject() {
			return "你单位负责整改的" + this.hazard.getUnitName() + "隐患（编号 " + this.hazard.getNumber() + "）";
		}

		@Override
		public SupervisionState state() {
			return this.hazard.supervision();
		}

	}

}
