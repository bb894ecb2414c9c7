package org.anwei.duban.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.directive.DirectiveTestData.Fixture;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.meeting.MeetingStatus;
import org.anwei.duban.organization.DepartmentService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.anwei.duban.directive.DirectiveTestData.SPEECH;
import static org.anwei.duban.directive.DirectiveTestData.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RecordApplicationEvents
class DirectiveServiceTest extends SignedInAsAdminTest {

	@Autowired
	DirectiveService directives;

	/** Two requirements, an exhortation and what the speaker's office will do itself. */
	static final String SPEECH_WITH_CANDIDATES = "大家要做到警钟长鸣，时刻绷紧安全之弦。会议要求：一是市安监局要在年底前完成危化品企业排查；二是市住建局要加强建筑工地检查。\n市安委办将组织督查组开展明查暗访。";

	@Autowired
	DirectiveQueries queries;

	@Autowired
	MeetingService meetings;

	@Autowired
	DepartmentService departments;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	ApplicationEvents events;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void signInAsStaff() {
		this.users.login(TestUsers.STAFF);
	}

	@Test
	void extracting_stores_proposals_with_departments_deadline_and_offsets_into_the_document() {
		Fixture f = DirectiveTestData.meetingWithSpeech(this.meetings, SPEECH);
		ExtractionOutcome outcome = this.directives.extract(f.meetingId(), f.documentId());
		assertThat(outcome).isEqualTo(new ExtractionOutcome(3, 0, 0, 0));

		List<DirectiveDetails> stored = this.queries.forDocument(f.meetingId(), f.documentId());
		assertThat(stored).extracting(DirectiveDetails::number).containsExactly(1, 2, 3);
		DirectiveDetails first = stored.getFirst();
		assertThat(first.marker()).isEqualTo("一是");
		assertThat(SPEECH.substring(first.start(), first.end())).contains("市安监局要在年底前完成危化品企业排查");
		assertThat(first.lead().orElseThrow().departmentName()).isEqualTo("市应急管理局");
		assertThat(first.assisting()).extracting(DirectiveAssignment::departmentName).containsExactly("市公安局");
		assertThat(first.deadlineDate()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(first.deadlinePhrase()).isEqualTo("年底前");
		assertThat(first.categories()).contains(DirectiveCategory.HAZARDOUS_CHEMICALS);
		assertThat(first.status()).isEqualTo(DirectiveStatus.PROPOSED);
		assertThat(first.title()).isEqualTo("危化品企业排查");
		assertThat(first.taskTitle()).isEqualTo("危化品企业排查");
		assertThat(stored.get(2).lead()).isEmpty();
		assertThat(stored.get(2).unmapped()).extracting(DirectiveAssignment::mention).containsExactly("各县区");
		assertThat(this.meetings.get(f.meetingId()).status()).isEqualTo(MeetingStatus.DECOMPOSED);
		assertThat(this.auditTrail.history(DirectiveService.DOCUMENT_ENTITY, f.documentId()))
			.extracting(AuditEntry::action)
			.containsExactly("EXTRACTED");
	}

	@Test
	void extracting_again_keeps_reviewed_work_and_replaces_only_untouched_proposals() {
		Fixture f = extracted();
		List<DirectiveDetails> first = list(f);
		DirectiveDetails edited = this.directives.update(first.get(0).ref(),
				command("市应急管理局牵头，年底前完成全市危化品企业排查。", "YJJ", LocalDate.of(2026, 12, 20)));
		this.directives.discard(List.of(first.get(1).ref()));
		DirectiveDetails written = this.directives.add(f.meetingId(), f.documentId(), edited.id(),
				command("城东区要在12月15日前上报排查情况。", "CDQ", LocalDate.of(2026, 12, 15)));

		ExtractionOutcome again = this.directives.extract(f.meetingId(), f.documentId());

		assertThat(again).isEqualTo(new ExtractionOutcome(1, 1, 3, 0));
		List<DirectiveDetails> after = list(f);
		assertThat(after).extracting(DirectiveDetails::text)
			.containsExactly("市应急管理局牵头，年底前完成全市危化品企业排查。", "城东区要在12月15日前上报排查情况。", first.get(1).text(),
					first.get(2).text());
		assertThat(after).extracting(DirectiveDetails::status)
			.containsExactly(DirectiveStatus.PROPOSED, DirectiveStatus.PROPOSED, DirectiveStatus.DISCARDED,
					DirectiveStatus.PROPOSED);
		assertThat(after.get(0).deadlineDate()).isEqualTo(LocalDate.of(2026, 12, 20));
		assertThat(after.get(1).id()).isEqualTo(written.id());
		assertThat(after).extracting(DirectiveDetails::number).containsExactly(1, 2, 0, 3);
	}

	@Test
	void issuing_needs_a_lead_and_a_deadline_on_every_directive_and_saves_nothing_otherwise() {
		Fixture f = extracted();
		List<DirectiveDetails> all = list(f);

		assertThatThrownBy(() -> this.directives.issue(f.meetingId(), f.documentId(), refs(all)))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey, e -> e.arguments().getFirst())
						.containsExactly(org.assertj.core.groups.Tuple.tuple("validation.directive.no-deadline", 2),
								org.assertj.core.groups.Tuple.tuple("validation.directive.no-lead", 3),
								org.assertj.core.groups.Tuple.tuple("validation.directive.no-deadline", 3)));
		assertThat(list(f)).extracting(DirectiveDetails::status).containsOnly(DirectiveStatus.PROPOSED);
		assertThat(this.events.stream(DirectivesIssued.class)).isEmpty();
	}

	@Test
	void issuing_fixes_the_directives_announces_them_and_marks_the_meeting_issued() {
		Fixture f = extracted();
		List<DirectiveDetails> all = list(f);
		this.directives.update(all.get(1).ref(), command(all.get(1).text(), "ZJJ", LocalDate.of(2026, 12, 31)));
		this.directives.discard(List.of(all.get(2).ref()));
		List<DirectiveDetails> proposed = list(f).stream().filter(d -> d.status() == DirectiveStatus.PROPOSED).toList();

		List<DirectiveDetails> issued = this.directives.issue(f.meetingId(), f.documentId(), refs(proposed));

		assertThat(issued).extracting(DirectiveDetails::status).containsOnly(DirectiveStatus.ISSUED);
		assertThat(issued).allSatisfy(d -> assertThat(d.issuedBy()).isEqualTo(TestUsers.STAFF));
		assertThat(this.events.stream(DirectivesIssued.class)).singleElement()
			.satisfies(e -> assertThat(e.directiveIds()).containsExactly(issued.get(0).id(), issued.get(1).id()));
		assertThat(this.meetings.get(f.meetingId()).status()).isEqualTo(MeetingStatus.ISSUED);
		DirectiveDetails fixed = issued.getFirst();
		assertThatThrownBy(() -> this.directives.update(fixed.ref(), command("改", "YJJ", null))).isInstanceOfSatisfying(
				ValidationException.class,
				ex -> assertThat(ex.errors().getFirst().messageKey()).isEqualTo("validation.directive.not-proposed"));
		assertThat(this.auditTrail.history(DirectiveService.ENTITY, fixed.id())).extracting(AuditEntry::action)
			.contains("ISSUED");
	}

	@Test
	void every_issued_directive_traces_back_to_its_sentence_in_the_source() {
		Fixture f = extracted();
		DirectiveDetails first = list(f).getFirst();
		DirectiveSource source = this.queries.source(first.id());
		assertThat(source.meetingId()).isEqualTo(f.meetingId());
		assertThat(source.documentName()).isEqualTo("讲话");
		assertThat(source.before()).isEqualTo(SPEECH.substring(0, first.start()));
		assertThat(source.sentence()).isEqualTo(SPEECH.substring(first.start(), first.end()));
		assertThat(source.after()).startsWith(SPEECH.substring(first.end(), first.end() + 3));
	}

	@Test
	void a_stale_version_is_refused_and_the_other_change_kept() {
		Fixture f = extracted();
		DirectiveDetails seen = list(f).getFirst();
		this.directives.update(seen.ref(), command("第一人的修改。", "YJJ", null));
		assertThatThrownBy(() -> this.directives.update(seen.ref(), command("第二人的修改。", "ZJJ", null)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> this.directives.issue(f.meetingId(), f.documentId(), List.of(seen.ref())))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(list(f).getFirst().text()).isEqualTo("第一人的修改。");
	}

	@Test
	void merging_joins_texts_spans_and_parties_and_deletes_the_others() {
		Fixture f = extracted();
		List<DirectiveDetails> all = list(f);
		DirectiveDetails merged = this.directives.merge(List.of(all.get(1).ref(), all.get(0).ref()));
		assertThat(merged.id()).isEqualTo(all.get(0).id());
		assertThat(merged.text()).isEqualTo(all.get(0).text() + "。" + all.get(1).text());
		assertThat(merged.start()).isEqualTo(all.get(0).start());
		assertThat(merged.end()).isEqualTo(all.get(1).end());
		assertThat(merged.lead().orElseThrow().departmentName()).isEqualTo("市应急管理局");
		assertThat(merged.assisting()).extracting(DirectiveAssignment::departmentName)
			.containsExactlyInAnyOrder("市公安局", "市住房和城乡建设局");
		assertThat(merged.deadlineDate()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(list(f)).extracting(DirectiveDetails::status)
			.containsExactly(DirectiveStatus.PROPOSED, DirectiveStatus.DISCARDED, DirectiveStatus.PROPOSED);
		assertThatThrownBy(() -> this.directives.merge(List.of(merged.ref()))).isInstanceOf(ValidationException.class);
	}

	@Test
	void splitting_divides_the_text_and_the_source_span() {
		Fixture f = DirectiveTestData.meetingWithSpeech(this.meetings,
				"一、市应急管理局要在12月10日前完成检查，建立隐患台账，每月报送进展。\n二、市住建局要加强工地检查。");
		this.directives.extract(f.meetingId(), f.documentId());
		DirectiveDetails first = list(f).getFirst();
		int at = first.text().indexOf("每月");

		List<DirectiveDetails> parts = this.directives.split(first.ref(), at);

		assertThat(parts.get(0).text()).isEqualTo("市应急管理局要在12月10日前完成检查，建立隐患台账");
		assertThat(parts.get(1).text()).isEqualTo("每月报送进展");
		String source = this.meetings.documentText(f.meetingId(), f.documentId());
		assertThat(source.substring(parts.get(1).start(), parts.get(1).end())).isEqualTo("每月报送进展");
		assertThat(parts.get(0).end()).isEqualTo(parts.get(1).start());
		assertThat(parts.get(1).lead().orElseThrow().departmentName()).isEqualTo("市应急管理局");
		assertThat(list(f)).extracting(DirectiveDetails::number).containsExactly(1, 2, 3);
		assertThatThrownBy(() -> this.directives.split(parts.get(1).ref(), 0)).isInstanceOf(ValidationException.class);
	}

	@Test
	void candidates_are_kept_apart_and_a_promoted_one_survives_extracting_again() {
		Fixture f = DirectiveTestData.meetingWithSpeech(this.meetings, SPEECH_WITH_CANDIDATES);
		ExtractionOutcome outcome = this.directives.extract(f.meetingId(), f.documentId());
		assertThat(outcome.added()).isEqualTo(2);
		assertThat(outcome.candidates()).isEqualTo(2);
		List<DirectiveDetails> stored = list(f);
		List<DirectiveDetails> candidates = stored.stream()
			.filter(d -> d.status() == DirectiveStatus.CANDIDATE)
			.toList();
		assertThat(candidates).extracting(DirectiveDetails::candidateReason)
			.containsExactly("EXHORTATION", "COMMITMENT");
		assertThat(candidates).extracting(DirectiveDetails::number).containsOnly(0);
		assertThatThrownBy(() -> this.directives.issue(f.meetingId(), f.documentId(), refs(candidates)))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> this.directives.promote(
				stored.stream().filter(d -> d.status() == DirectiveStatus.PROPOSED).findFirst().orElseThrow().ref()))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors().getFirst().messageKey())
				.isEqualTo("validation.directive.not-candidate"));

		DirectiveDetails promoted = this.directives.promote(candidates.get(1).ref());
		assertThat(promoted.status()).isEqualTo(DirectiveStatus.PROPOSED);
		assertThat(promoted.reviewed()).isTrue();
		assertThat(promoted.number()).isPositive();
		assertThatThrownBy(() -> this.directives.promote(candidates.get(1).ref()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.auditTrail.history(DirectiveService.ENTITY, promoted.id())).extracting(AuditEntry::action)
			.contains("PROMOTED");

		ExtractionOutcome again = this.directives.extract(f.meetingId(), f.documentId());
		assertThat(again.kept()).isEqualTo(1);
		assertThat(again.candidates()).isEqualTo(1);
		assertThat(list(f)).filteredOn(d -> d.id() == promoted.id())
			.singleElement()
			.satisfies(d -> assertThat(d.status()).isEqualTo(DirectiveStatus.PROPOSED));
		assertThat(list(f)).filteredOn(d -> d.status() == DirectiveStatus.CANDIDATE).hasSize(1);
	}

	@Test
	void staff_edit_the_task_title_and_an_empty_one_is_made_from_the_text() {
		Fixture f = extracted();
		DirectiveDetails first = list(f).getFirst();
		long yjj = department(this.departments, "YJJ").id();
		DirectiveDetails titled = this.directives.update(first.ref(),
				new DirectiveCommand("全市危化品企业专项排查", first.text(), yjj, Set.of(), List.of(), LocalDate.of(2026, 12, 31),
						null, Set.of(DirectiveCategory.HAZARDOUS_CHEMICALS)));
		assertThat(titled.title()).isEqualTo("全市危化品企业专项排查");
		DirectiveDetails derived = this.directives.update(titled.ref(),
				new DirectiveCommand(" ", "市安监局要于12月20日前完成全市加油站隐患排查，建立问题清单。", yjj, Set.of(), List.of(),
						LocalDate.of(2026, 12, 20), null, Set.of()));
		assertThat(derived.title()).isEqualTo("全市加油站隐患排查");
		DirectiveCommand tooLong = new DirectiveCommand("长".repeat(201), first.text(), yjj, Set.of(), List.of(), null,
				null, Set.of());
		assertThatThrownBy(() -> this.directives.update(derived.ref(), tooLong)).isInstanceOfSatisfying(
				ValidationException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("directive.title"));
	}

	@Test
	void bad_input_names_the_field_and_changes_nothing() {
		Fixture f = extracted();
		DirectiveDetails first = list(f).getFirst();
		long yjj = department(this.departments, "YJJ").id();
		DirectiveCommand bad = new DirectiveCommand(null, " ", yjj, Set.of(yjj, 999_999L), List.of(), null, null,
				Set.of());
		assertThatThrownBy(() -> this.directives.update(first.ref(), bad)).isInstanceOfSatisfying(
				ValidationException.class, ex -> assertThat(ex.errors()).extracting(FieldError::field)
					.containsExactly("directive.text", "directive.assisting"));
		DirectiveCommand both = new DirectiveCommand(null, "文字", yjj, Set.of(yjj), List.of(), null, null, Set.of());
		assertThatThrownBy(() -> this.directives.update(first.ref(), both))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors().getFirst().messageKey())
				.isEqualTo("validation.directive.lead-also-assisting"));
		assertThat(list(f).getFirst()).isEqualTo(first);
	}

	@Test
	void leaders_read_directives_and_department_users_cannot() {
		Fixture f = extracted();
		this.users.login(TestUsers.LEADER);
		List<DirectiveDetails> read = list(f);
		assertThat(read).hasSize(3);
		assertThatThrownBy(() -> this.directives.discard(List.of(read.getFirst().ref())))
			.isInstanceOf(AccessDeniedException.class);
		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> list(f)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.queries.source(read.getFirst().id())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void listing_a_documents_directives_does_not_query_per_row() {
		long forty = statementsToList(40);
		long eighty = statementsToList(80);
		assertThat(eighty).as("statements for 80 rows vs 40 rows").isEqualTo(forty);
	}

	private long statementsToList(int count) {
		StringBuilder speech = new StringBuilder("会议要求：\n");
		for (int i = 1; i <= count; i++) {
			speech.append('（')
				.append(i)
				.append("）市住建局要在12月")
				.append(1 + i % 28)
				.append("日前完成第")
				.append(i)
				.append("批在建工地检查，市公安局配合。\n");
		}
		Fixture f = DirectiveTestData.meetingWithSpeech(this.meetings, speech.toString());
		this.directives.extract(f.meetingId(), f.documentId());
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		List<DirectiveDetails> listed = list(f);
		assertThat(listed).hasSize(count).allSatisfy(d -> assertThat(d.assisting()).isNotEmpty());
		return statistics.getPrepareStatementCount();
	}

	private Fixture extracted() {
		Fixture f = DirectiveTestData.meetingWithSpeech(this.meetings, SPEECH);
		this.directives.extract(f.meetingId(), f.documentId());
		return f;
	}

	private List<DirectiveDetails> list(Fixture f) {
		return this.queries.forDocument(f.meetingId(), f.documentId());
	}

	private static List<DirectiveRef> refs(List<DirectiveDetails> directives) {
		return directives.stream().map(DirectiveDetails::ref).toList();
	}

	private DirectiveCommand command(String text, String leadCode, LocalDate deadline) {
		return new DirectiveCommand(null, text, department(this.departments, leadCode).id(), Set.of(), List.of(),
				deadline, null, Set.of(DirectiveCategory.HAZARD_INSPECTION));
	}

}
