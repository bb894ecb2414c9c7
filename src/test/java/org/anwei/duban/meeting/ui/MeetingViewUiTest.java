package org.anwei.duban.meeting.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.meeting.DocumentSummary;
import org.anwei.duban.meeting.MeetingFilter;
import org.anwei.duban.meeting.MeetingService;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff go from an uploaded speech to the list of requirements it contains. */
class MeetingViewUiTest extends KaribuTest {

	@Autowired
	MeetingService meetings;

	@Test
	void staff_record_a_meeting_upload_the_speech_and_open_its_requirements() throws IOException {
		login(TestUsers.STAFF, "meetings");
		_click(_get(Button.class, spec -> spec.withId("meeting-new")));
		MeetingView view = _get(MeetingView.class);
		MeetingForm form = _get(MeetingForm.class);
		String title = "全市安全生产调度会" + Long.toString(System.nanoTime(), 36);
		form.title.setValue(title);
		form.date.setValue(LocalDate.of(2026, 11, 10));
		_click(view.save);

		MeetingView saved = _get(MeetingView.class);
		assertThat(currentPath()).startsWith("meetings/");
		saved.receive("讲话.docx", docx("会议要求：一是市安监局要在年底前完成危化品企业排查；二是市住建局要加强建筑工地检查；三是各县区要做好应急值守。"));
		@SuppressWarnings("unchecked")
		DocumentSummary document = ((com.vaadin.flow.component.grid.Grid<DocumentSummary>) saved.documents)
			.getDataCommunicator()
			.getItem(0);
		saved.review(document);

		assertThat(currentPath()).matches("meetings/\\d+/documents/" + document.id() + "/directives");
		@SuppressWarnings("unchecked")
		Grid<DirectiveDetails> directives = _get(Grid.class, spec -> spec.withId("directive-grid"));
		assertThat(directives.getDataCommunicator().getItemCount()).isEqualTo(3);
		DirectiveDetails first = directives.getDataCommunicator().getItem(0);
		assertThat(first.lead().orElseThrow().departmentName()).isEqualTo("市应急管理局");
		assertThat(first.deadlineDate()).isEqualTo(LocalDate.of(2026, 12, 31));
		this.users.login(TestUsers.STAFF);
		assertThat(this.meetings.count(new MeetingFilter(title, null, null, null, null, null))).isEqualTo(1);
	}

	@Test
	void missing_title_is_shown_next_to_the_field() {
		login(TestUsers.STAFF, "meetings/new");
		MeetingView view = _get(MeetingView.class);
		_click(view.save);
		assertThat(_get(MeetingForm.class).title.getErrorMessage()).isEqualTo("会议名称不能为空。");
	}

	@Test
	void leaders_read_meetings_but_cannot_change_them() {
		login(TestUsers.LEADER, "meetings");
		assertThat(_find(Button.class, spec -> spec.withId("meeting-new"))).isEmpty();
		UI.getCurrent().navigate("meetings/new");
		assertThat(_get(MeetingView.class).save.isVisible()).isFalse();
	}

	private static byte[] docx(String paragraph) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(paragraph);
			document.write(out);
			return out.toByteArray();
		}
	}

}
