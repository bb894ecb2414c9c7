package org.anwei.duban.hazard;

import java.time.LocalDate;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.extension.ExtendableItems;
import org.anwei.duban.hazard.internal.Hazard;
import org.anwei.duban.hazard.internal.HazardRepository;
import org.springframework.stereotype.Component;

/**
 * Hazards as extendable records: the responsible department asks while the hazard is
 * still to be rectified; an approval moves its time limit and the reminders with it.
 */
@Component
class HazardExtendable implements ExtendableItems {

	private final HazardRepository hazards;

	private final HazardAccess access;

	private final HazardProperties properties;

	HazardExtendable(HazardRepository hazards, CurrentUser currentUser, HazardProperties properties) {
		this.hazards = hazards;
		this.access = new HazardAccess(currentUser);
		this.properties = properties;
	}

	@Override
	public String type() {
		return HazardService.ENTITY;
	}

	@Override
	public Subject requestable(long id, long version) {
		Hazard hazard = this.access.requireActing(this.hazards.findById(id).orElse(null), id);
		if (hazard.getVersion() != version) {
			throw new ConcurrentEditException(HazardAccess.ENTITY, id);
		}
		return subject(hazard);
	}

	@Override
	public Subject visible(long id) {
		return subject(this.access.requireVisible(this.hazards.findById(id).orElse(null), id));
	}

	@Override
	public void extend(long id, LocalDate deadline) {
		this.hazards.findById(id).orElseThrow().extend(deadline, this.properties.remindDaysBefore());
	}

	@Override
	public String path(long id) {
		return "hazards/" + id;
	}

	@Override
	public int maxExtensions() {
		return this.properties.maxExtensions();
	}

	private static Subject subject(Hazard hazard) {
		return new Subject(hazard.getNumber() + " " + hazard.getUnitName(), hazard.getTimeLimit(),
				hazard.getStatus().awaitsRectification(), HazardService.ENTITY, "timeLimit");
	}

}
