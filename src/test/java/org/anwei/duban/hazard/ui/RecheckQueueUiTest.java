package org.anwei.duban.hazard.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;

import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.hazard.HazardDetails;
import org.anwei.duban.hazard.HazardQueries;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.hazard.HazardTestData;
import org.anwei.duban.hazard.RecheckItem;
import org.anwei.duban.hazard.RecheckService;
import org.anwei.duban.hazard.RecheckStatus;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The re-inspection queue: the owning liaison finds the item, records a rebound (the
 * finding is required), and finds the new hazard linked; another department does not see
 * it; staff draw the month's items from the queue.
 */
class RecheckQueueUiTest extends KaribuTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	HazardService hazards;

	@Autowired
	HazardQueries queries;

	@Autowired
	RecheckService rechecks;

	@Autowired
	DepartmentService departments;

	private static Button button(String id) {
		return _get(Button.class, spec -> spec.withId(id));
	}

	@Test
	void the_owning_liaison_records_a_rebound_from_the_queue() {
		this.users.login(TestUsers.STAFF);
		HazardDetails h = this.hazards.register(HazardTestData.major("回头看页面" + System.nanoTime(),
				DirectiveTestData.department(this.departments, "YJJ").id(), TODAY.minusDays(3), TODAY.plusDays(30)),
				List.of());
		h = this.hazards.start(h.id(), h.version());
		h = this.hazards.reportRectified(h.id(), h.version(), "已整改。", List.of());
		long old = this.hazards.accept(h.id(), h.version(), true, "同意销号。", List.of()).id();
		this.rechecks.sample(TODAY.plusDays(35));

		login(TestUsers.DEPT_ZJJ, "hazards/rechecks");
		assertThat(_get(RecheckQueueView.class).shown()).extracting(RecheckItem::hazardId).doesNotContain(old);

		login(TestUsers.DEPT_YJJ, "hazards");
		_click(button("hazard-rechecks"));
		RecheckQueueView queue = _get(RecheckQueueView.class);
		assertThat(queue.status.getValue()).as("open items first").isEqualTo(RecheckStatus.PENDING);
		RecheckItem item = queue.shown().stream().filter(r -> r.hazardId() == old).findFirst().orElseThrow();
		assertThat(_find(Button.class, spec -> spec.withId("recheck-sample"))).as("staff draw").isEmpty();
		queue.record(item);
		OutcomeDialog dialog = _get(OutcomeDialog.class);
		dialog.passed.setValue(false);
		_click(dialog.confirm);
		assertThat(dialog.conclusion.isInvalid()).as("the finding is required").isTrue();
		dialog.conclusion.setValue("原泄漏点再次渗漏，问题反弹。");
		_click(dialog.confirm);
		assertThat(_find(OutcomeDialog.class)).isEmpty();
		assertThat(queue.shown()).extracting(RecheckItem::id).doesNotContain(item.id());

		login(TestUsers.DEPT_YJJ, "hazards/rechecks?status=REBOUND");
		RecheckItem recorded = _get(RecheckQueueView.class).shown()
			.stream()
			.filter(r -> r.id() == item.id())
			.findFirst()
			.orElseThrow();
		assertThat(this.queries.get(recorded.reboundHazardId()).reboundOfId()).isEqualTo(old);

		login(TestUsers.STAFF, "hazards");
		_click(button("hazard-rechecks"));
		_click(button("recheck-sample"));
		assertThat(_get(RecheckQueueView.class).shown()).isNotNull();
	}

}
