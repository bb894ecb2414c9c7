package org.anwei.duban.security.internal;

import org.anwei.duban.organization.DepartmentOpenWork;
import org.springframework.stereotype.Component;

/**
 * A department with enabled accounts cannot be deactivated: the accounts must be moved or
 * disabled first.
 */
@Component
class EnabledAccountsOpenWork implements DepartmentOpenWork {

	private final AppUserRepository repository;

	EnabledAccountsOpenWork(AppUserRepository repository) {
		this.repository = repository;
	}

	@Override
	public long countOpenItems(long departmentId) {
		return this.repository.countEnabledInDepartment(departmentId);
	}

	@Override
	public String messageKey() {
		return "validation.department.enabled-users";
	}

}
