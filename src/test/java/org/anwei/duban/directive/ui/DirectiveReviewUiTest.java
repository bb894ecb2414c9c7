package org.anwei.duban.directive.ui;

import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;

import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.i18n.Languages;
import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.DirectiveStatus;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.directive.DirectiveTestData.Fixture;
import org.anwei.duban.meeting.MeetingNavigation;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.meeting.MeetingStatus;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff review the requirements of a speech and issue them, without a browser. */
class DirectiveReviewUiTest extends KaribuTest {

	@Autowired
	MeetingService meetings;

	@Autowired
	DepartmentService departments;

	@Autowired
	org.anwei.duban.directive.DirectiveQueries directiveQueries;

	private Fixture fixture;

	@BeforeEach
	void speech() {
		this.users.login(TestUsers.STAFF);
		this.fixture = DirectiveTestData.meetingWithSpeech(this.meetings, DirectiveTestData.SPEECH);
	}

	@Test
	void staff_complete_what_the_engine_missed_and_issue_every_requirement() {
		DirectiveReviewView view = open();
		assertThat(items(view)).hasSize(3);
		assertThat(view.summary.getText()).isEqualTo("共 3 条要求：待审核 3 条，已下发 0 条。");
		assertThat(items(view)).allSatisfy(d -> assertThat(view.source.isMarked(d.id())).isTrue());

		_click(view.issue);
		ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
		assertThat(lastNotification()).contains("第 2 条要求没有完成时限").contains("第 3 条要求没有牵头单位");
		assertThat(items(view)).extracting(DirectiveDetails::status).containsOnly(DirectiveStatus.PROPOSED);

		view.actions.edit(items(view).get(1));
		DirectiveDialog second = _get(DirectiveDialog.class);
		second.deadline.setValue(LocalDate.of(2026, 12, 31));
		_click(second.save);
		assertThat(_find(DirectiveDialog.class)).isEmpty();

		view.actions.edit(items(view).get(2));
		DirectiveDialog third = _get(DirectiveDialog.class);
		third.lead.setValue(DirectiveTestData.department(this.departments, "CDQ"));
		third.assisting.setValue(java.util.Set.of(DirectiveTestData.department(this.departments, "LJX")));
		third.deadline.setValue(LocalDate.of(2026, 12, 15));
		_click(third.save);

		_click(view.issue);
		ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

		assertThat(items(view)).extracting(DirectiveDetails::status).containsOnly(DirectiveStatus.ISSUED);
		assertThat(items(view).get(2).lead().orElseThrow().departmentName()).isEqualTo("城东区人民政府");
		assertThat(view.summary.getText()).isEqualTo("共 3 条要求：待审核 0 条，已下发 3 条。");
		assertThat(this.meetings.get(this.fixture.meetingId()).status()).isEqualTo(MeetingStatus.ISSUED);
		assertThat(view.issue.isEnabled()).isFalse();
	}

	@Test
	void candidates_are_collapsed_under_the_list_and_staff_promote_one_with_a_click() {
		Fixture withCandidates = DirectiveTestData.meetingWithSpeech(this.meetings,
				"大家要做到警钟长鸣，时刻绷紧安全之弦。会议要求：一是市安监局要在年底前完成危化品企业排查；二是市住建局要加强建筑工地检查。\n市安委办将组织督查组开展明查暗访。");
		login(TestUsers.STAFF,
				MeetingNavigation.documentReview(withCandidates.meetingId(), withCandidates.documentId()));
		DirectiveReviewView view = _get(DirectiveReviewView.class);
		assertThat(items(view)).extracting(DirectiveDetails::title).containsExactly("危化品企业排查", "加强建筑工地检查");
		assertThat(view.candidates.isVisible()).isTrue();
		assertThat(view.candidates.isOpened()).isFalse();
		assertThat(view.candidates.getSummaryText()).isEqualTo("可能的要求（2 条）");
		assertThat(_find(view.candidates, com.vaadin.flow.component.button.Button.class)).hasSize(2);

		DirectiveDetails commitment = view.shown()
			.stream()
			.filter(d -> d.text().startsWith("市安委办"))
			.findFirst()
			.orElseGet(() -> this.directiveQueries.forDocument(withCandidates.meetingId(), withCandidates.documentId())
				.stream()
				.filter(d -> d.text().startsWith("市安委办"))
				.findFirst()
				.orElseThrow());
		_click(_get(view.candidates, com.vaadin.flow.component.button.Button.class,
				spec -> spec.withId("promote-" + commitment.id())));
		assertThat(lastNotification()).isEqualTo("已采纳为要求。");
		assertThat(items(view)).hasSize(3).extracting(DirectiveDetails::text).contains("市安委办将组织督查组开展明查暗访");
		assertThat(view.candidates.getSummaryText()).isEqualTo("可能的要求（1 条）");
	}

	@Test
	void staff_change_a_task_title_in_the_dialog() {
		DirectiveReviewView view = open();
		view.actions.edit(items(view).getFirst());
		DirectiveDialog dialog = _get(DirectiveDialog.class);
		assertThat(dialog.title.getValue()).isEqualTo("危化品企业排查");
		dialog.title.setValue("全市危化品企业专项排查");
		_click(dialog.save);
		assertThat(items(view).getFirst().title()).isEqualTo("全市危化品企业专项排查");
	}

	@Test
	void a_field_error_stays_in_the_dialog_with_the_input() {
		DirectiveReviewView view = open();
		view.actions.edit(items(view).getFirst());
		DirectiveDialog dialog = _get(DirectiveDialog.class);
		dialog.text.setValue(" ");
		_click(dialog.save);
		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.text.getErrorMessage()).isEqualTo("要求内容不能为空。");
	}

	@Test
	void merge_split_delete_and_restore_from_the_list() {
		DirectiveReviewView view = open();
		List<DirectiveDetails> before = items(view);
		view.grid.select(before.get(0));
		view.grid.select(before.get(1));
		_click(view.merge);
		assertThat(items(view)).hasSize(2);
		assertThat(items(view).getFirst().text()).contains("危化品").contains("建筑工地");

		view.actions.split(items(view).getFirst());
		SplitDialog split = _get(SplitDialog.class);
		_click(split.split);
		assertThat(items(view)).hasSize(3);

		view.grid.select(items(view).get(2));
		_click(view.discard);
		assertThat(items(view)).hasSize(2);
		view.showDiscarded.setValue(true);
		DirectiveDetails deleted = items(view).stream()
			.filter(d -> d.status() == DirectiveStatus.DISCARDED && d.text().contains("应急值守"))
			.findFirst()
			.orElseThrow();
		view.actions.restore(deleted);
		view.showDiscarded.setValue(false);
		assertThat(items(view)).hasSize(3);
	}

	@Test
	void extracting_again_asks_first_when_staff_have_reviewed_work() {
		DirectiveReviewView view = open();
		view.actions.edit(items(view).getFirst());
		DirectiveDialog dialog = _get(DirectiveDialog.class);
		dialog.text.setValue("修改后的要求。");
		_click(dialog.save);

		_click(view.extract);
		ConfirmDialog confirm = _get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt.getText(confirm)).contains("1 条要求将原样保留");
		ConfirmDialogKt._fireConfirm(confirm);
		assertThat(items(view)).extracting(DirectiveDetails::text).contains("修改后的要求。").hasSize(3);
	}

	@Test
	void the_review_screen_speaks_english_too() {
		useLocale(Languages.ENGLISH);
		DirectiveReviewView view = open();
		assertThat(view.issue.getText()).isEqualTo("Issue");
		assertThat(view.summary.getText()).isEqualTo("3 requirements: 3 to review, 0 issued.");
		view.actions.edit(items(view).getFirst());
		assertThat(_get(DirectiveDialog.class).title.getLabel()).isEqualTo("Task title");
	}

	@Test
	void an_unknown_document_is_not_found() {
		this.users.login(TestUsers.STAFF);
		// Karibu raises the router's not-found error instead of rendering the error view.
		assertThatThrownBy(
				() -> UI.getCurrent().navigate(MeetingNavigation.documentReview(this.fixture.meetingId(), 999_999)))
			.isInstanceOf(com.github.mvysny.kaributesting.v10.NotFoundError.class);
	}

	private DirectiveReviewView open() {
		login(TestUsers.STAFF, MeetingNavigation.documentReview(this.fixture.meetingId(), this.fixture.documentId()));
		return _get(DirectiveReviewView.class);
	}

	private static List<DirectiveDetails> items(DirectiveReviewView view) {
		return view.grid.getListDataView().getItems().toList();
	}

	private static String lastNotification() {
		List<Notification> shown = NotificationsKt.getNotifications();
		return shown.getLast().getElement().getProperty("text", "");
	}

}
