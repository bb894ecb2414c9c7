package org.anwei.duban.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.documents.DocumentException;
import org.anwei.duban.organization.DepartmentService;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingServiceTest extends SignedInAsAdminTest {

	@Autowired
	MeetingService meetings;

	@Autowired
	DepartmentService departments;

	@BeforeEach
	void signInAsStaff() {
		this.users.login(TestUsers.STAFF);
	}

	private MeetingCommand meeting(String title) {
		long yjj = this.departments.directory()
			.stream()
			.filter(d -> d.code().equals("YJJ"))
			.findFirst()
			.orElseThrow()
			.id();
		return new MeetingCommand(title, LocalDate.of(2026, 11, 10), MeetingLevel.CITY, MeetingKind.PLENARY, "张市长",
				Set.of(yjj), null);
	}

	private static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime(), 36);
	}

	@Test
	void staff_record_a_meeting_and_find_it_by_title_date_and_status() {
		String title = unique("全市安委会全体会议");
		MeetingDetails created = this.meetings.create(meeting(title));
		assertThat(created.status()).isEqualTo(MeetingStatus.DRAFT);
		assertThat(created.attendingDepartmentIds()).hasSize(1);
		MeetingFilter filter = new MeetingFilter(title, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
				MeetingLevel.CITY, MeetingKind.PLENARY, MeetingStatus.DRAFT);
		assertThat(this.meetings.list(filter, PageRequest.of(0, 10))).extracting(MeetingListItem::title)
			.containsExactly(title);
		assertThat(this.meetings.count(filter)).isEqualTo(1);
	}

	@Test
	void missing_fields_are_named_and_concurrent_edits_conflict() {
		assertThatThrownBy(
				() -> this.meetings.create(new MeetingCommand(" ", null, null, null, null, Set.of(999_999L), null)))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field)
						.containsExactlyInAnyOrder("meeting.title", "meeting.date", "meeting.level", "meeting.kind",
								"meeting.attendingDepartments"));
		MeetingDetails created = this.meetings.create(meeting(unique("调度会")));
		this.meetings.update(created.id(), created.version(), meeting(created.title() + "（修订）"));
		assertThatThrownBy(() -> this.meetings.update(created.id(), created.version(), meeting("另一人的修改")))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void an_uploaded_document_keeps_the_original_with_its_sha256_and_the_text() throws Exception {
		MeetingDetails created = this.meetings.create(meeting(unique("专题会议")));
		byte[] docx = docx("会议要求：一是各单位要加强值班值守；二是各县区要开展隐患排查。");
		DocumentSummary stored = this.meetings.addDocument(created.id(), "C:\\fakepath\\讲话稿.docx", docx);

		assertThat(stored.filename()).isEqualTo("讲话稿.docx");
		assertThat(stored.format()).isEqualTo("docx");
		assertThat(stored.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx)));
		assertThat(this.meetings.documentContent(created.id(), stored.id())).isEqualTo(docx);
		assertThat(this.meetings.documentText(created.id(), stored.id())).contains("一是各单位要加强值班值守");
		assertThat(this.meetings.get(created.id()).documents()).hasSize(1);

		assertThatThrownBy(() -> this.meetings.addDocument(created.id(), "again.docx", docx))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("meeting.document");
	}

	@Test
	void gbk_text_and_pasted_text_are_stored_and_unreadable_files_save_nothing() {
		MeetingDetails created = this.meetings.create(meeting(unique("现场会")));
		DocumentSummary gbk = this.meetings.addDocument(created.id(), "纪要.txt",
				"各单位要于11月30日前报送值班表。".getBytes(Charset.forName("GBK")));
		assertThat(this.meetings.documentText(created.id(), gbk.id())).isEqualTo("各单位要于11月30日前报送值班表。");
		DocumentSummary pasted = this.meetings.addPastedText(created.id(), "", "各企业要落实主体责任。");
		assertThat(pasted.format()).isEqualTo("pasted");

		assertThatThrownBy(() -> this.meetings.addDocument(created.id(), "讲话.docx",
				"definitely not a word file".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DocumentException.class);
		assertThatThrownBy(() -> this.meetings.addPastedText(created.id(), "空", "  "))
			.isInstanceOf(ValidationException.class);
		assertThat(this.meetings.get(created.id()).documents()).hasSize(2);
	}

	@Test
	void leaders_read_meetings_and_liaisons_do_not() {
		MeetingDetails created = this.meetings.create(meeting(unique("电视电话会议")));
		this.users.login(TestUsers.LEADER);
		assertThat(this.meetings.get(created.id()).title()).isEqualTo(created.title());
		assertThatThrownBy(() -> this.meetings.create(meeting("领导不能新建"))).isInstanceOf(AccessDeniedException.class);
		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> this.meetings.get(created.id())).isInstanceOf(AccessDeniedException.class);
	}

	private static byte[] docx(String paragraph) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(paragraph);
			document.write(out);
			return out.toByteArray();
		}
	}

}
