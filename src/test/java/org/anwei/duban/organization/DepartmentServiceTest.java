package org.anwei.duban.organization;

import java.util.List;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.anwei.duban.organization.DepartmentBuilder.aDepartment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepartmentServiceTest extends SignedInAsAdminTest {

	@Autowired
	DepartmentService departments;

	@Autowired
	AuditTrail auditTrail;

	@Test
	void admin_creates_a_department_and_the_creation_is_audited() {
		DepartmentBuilder builder = aDepartment().shortName("测试").uniqueAlias();
		DepartmentDetails created = this.departments.create(builder.build());

		assertThat(created.code()).isEqualTo(builder.build().code());
		assertThat(created.aliases()).containsExactly("别名" + builder.suffix());
		assertThat(created.active()).isTrue();
		List<AuditEntry> history = this.auditTrail.history("DEPARTMENT", created.id());
		assertThat(history).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("CREATED");
			assertThat(entry.actorUsername()).isEqualTo(TestUsers.ADMIN);
			assertThat(entry.changes()).anySatisfy(c -> assertThat(c.field()).isEqualTo("name"));
		});
	}

	@Test
	void duplicate_code_is_rejected_with_the_field_named() {
		DepartmentDetails first = this.departments.create(aDepartment().build());
		assertThatThrownBy(() -> this.departments.create(aDepartment().code(first.code().toLowerCase()).build()))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors()).containsExactly(FieldError
				.of("department.code", "validation.department.duplicate-code", first.code().toLowerCase())));
	}

	@Test
	void an_alias_already_used_by_another_department_is_rejected() {
		assertThatThrownBy(() -> this.departments.create(aDepartment().alias("市安监局").build())).isInstanceOfSatisfying(
				ValidationException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field, FieldError::messageKey)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("department.aliases",
							"validation.department.name-in-use")));
	}

	@Test
	void a_name_that_is_another_departments_alias_is_rejected() {
		assertThatThrownBy(() -> this.departments.create(aDepartment().name("市安全生产监督管理局").build()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("department.name");
	}

	@Test
	void every_invalid_field_is_reported_at_once() {
		DepartmentCommand bad = new DepartmentCommand(" ", "", null, null, 999_999L, List.of(), null, "abc");
		assertThatThrownBy(() -> this.departments.create(bad)).isInstanceOfSatisfying(ValidationException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field)
					.containsExactlyInAnyOrder("department.code", "department.name", "department.type",
							"department.parent", "department.contactPhone"));
	}

	@Test
	void a_department_cannot_become_its_own_ancestor() {
		DepartmentDetails parent = this.departments.create(aDepartment().build());
		DepartmentDetails child = this.departments.create(aDepartment().parent(parent.id()).build());
		DepartmentCommand cycle = new DepartmentCommand(parent.code(), parent.name(), null, parent.type(), child.id(),
				List.of(), null, null);
		assertThatThrownBy(() -> this.departments.update(parent.id(), parent.version(), cycle))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("department.parent");
	}

	@Test
	void update_records_old_and_new_values() {
		DepartmentDetails created = this.departments.create(aDepartment().build());
		DepartmentCommand renamed = new DepartmentCommand(created.code(), created.name() + "（新）", "新简称", created.type(),
				null, List.of(), created.contactPerson(), created.contactPhone());
		DepartmentDetails updated = this.departments.update(created.id(), created.version(), renamed);

		assertThat(updated.version()).isGreaterThan(created.version());
		AuditEntry entry = this.auditTrail.history("DEPARTMENT", created.id()).getFirst();
		assertThat(entry.action()).isEqualTo("UPDATED");
		assertThat(entry.changes()).anySatisfy(c -> {
			assertThat(c.field()).isEqualTo("name");
			assertThat(c.oldValue()).isEqualTo(created.name());
			assertThat(c.newValue()).isEqualTo(created.name() + "（新）");
		});
	}

	@Test
	void the_second_of_two_concurrent_editors_gets_a_conflict_and_nothing_is_overwritten() {
		DepartmentDetails loadedByBoth = this.departments.create(aDepartment().build());
		DepartmentCommand first = new DepartmentCommand(loadedByBoth.code(), loadedByBoth.name(), "第一个",
				loadedByBoth.type(), null, List.of(), null, null);
		DepartmentCommand second = new DepartmentCommand(loadedByBoth.code(), loadedByBoth.name(), "第二个",
				loadedByBoth.type(), null, List.of(), null, null);
		this.departments.update(loadedByBoth.id(), loadedByBoth.version(), first);

		assertThatThrownBy(() -> this.departments.update(loadedByBoth.id(), loadedByBoth.version(), second))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.departments.get(loadedByBoth.id()).shortName()).isEqualTo("第一个");
	}

	@Test
	void a_department_with_active_sub_units_cannot_be_deactivated() {
		DepartmentDetails parent = this.departments.create(aDepartment().build());
		this.departments.create(aDepartment().parent(parent.id()).build());
		assertThatThrownBy(() -> this.departments.deactivate(parent.id(), parent.version())).isInstanceOfSatisfying(
				ValidationException.class, ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
					.containsExactly("validation.department.active-children"));
		assertThat(this.departments.get(parent.id()).active()).isTrue();
	}

	@Test
	void a_department_with_enabled_accounts_cannot_be_deactivated() {
		DepartmentDetails yjj = this.departments.directory()
			.stream()
			.filter(d -> d.code().equals("YJJ"))
			.findFirst()
			.map(d -> this.departments.get(d.id()))
			.orElseThrow();
		assertThatThrownBy(() -> this.departments.deactivate(yjj.id(), yjj.version())).isInstanceOfSatisfying(
				ValidationException.class, ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
					.contains("validation.department.enabled-users"));
	}

	@Test
	void deactivated_departments_leave_the_active_list_and_can_return() {
		DepartmentDetails created = this.departments.create(aDepartment().build());
		DepartmentDetails inactive = this.departments.deactivate(created.id(), created.version());
		DepartmentFilter activeOnly = new DepartmentFilter(created.code(), null, true);
		assertThat(this.departments.count(activeOnly)).isZero();
		assertThat(this.departments.count(new DepartmentFilter(created.code(), null, false))).isEqualTo(1);
		assertThat(this.departments.reactivate(inactive.id(), inactive.version()).active()).isTrue();
	}

	@Test
	void list_is_paged_sorted_and_filtered_in_the_database_and_finds_aliases() {
		List<DepartmentListItem> page = this.departments.list(new DepartmentFilter("安监", null, false),
				PageRequest.of(0, 10, Sort.by("code")));
		assertThat(page).extracting(DepartmentListItem::code).contains("YJJ");
		assertThat(page.stream().filter(d -> d.code().equals("YJJ")).findFirst().orElseThrow().aliases())
			.contains("市安监局", "市安全生产监督管理局");

		List<DepartmentListItem> districts = this.departments.list(
				new DepartmentFilter(null, DepartmentType.DISTRICT_GOVERNMENT, true),
				PageRequest.of(0, 3, Sort.by("name")));
		assertThat(districts).hasSize(3).allMatch(d -> d.type() == DepartmentType.DISTRICT_GOVERNMENT);
		assertThat(this.departments.count(new DepartmentFilter(null, DepartmentType.DISTRICT_GOVERNMENT, true)))
			.isGreaterThanOrEqualTo(5);
	}

	@Test
	void a_liaison_reads_only_their_own_department() {
		this.users.login(TestUsers.DEPT_YJJ);
		long own = java.util.Objects.requireNonNull(
				((org.anwei.duban.base.security.AppUserPrincipal) org.springframework.security.core.context.SecurityContextHolder
					.getContext()
					.getAuthentication()
					.getPrincipal()).departmentId());
		long other = this.departments.directory()
			.stream()
			.filter(d -> d.code().equals("ZJJ"))
			.findFirst()
			.orElseThrow()
			.id();

		assertThat(this.departments.get(own).code()).isEqualTo("YJJ");
		assertThatThrownBy(() -> this.departments.get(other)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.departments.list(DepartmentFilter.all(), PageRequest.of(0, 10)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void only_admins_change_departments() {
		this.users.login(TestUsers.STAFF);
		assertThatThrownBy(() -> this.departments.create(aDepartment().build()))
			.isInstanceOf(AccessDeniedException.class);
		this.users.login(TestUsers.LEADER);
		assertThatThrownBy(() -> this.departments.create(aDepartment().build()))
			.isInstanceOf(AccessDeniedException.class);
		TestUsers.logout();
		assertThatThrownBy(() -> this.departments.directory())
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

}
