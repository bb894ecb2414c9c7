package org.anwei.duban.organization;

/**
 * Something that still depends on a department and so prevents deactivating it: open
 * tasks, unclosed hazards, enabled user accounts. Modules that hold such work provide an
 * implementation; the department service asks all of them before deactivating and names
 * what is open in its message.
 */
public interface DepartmentOpenWork {

	/** How many open items of this kind the department has. */
	long countOpenItems(long departmentId);

	/**
	 * Translation key of a message with one argument, the count, e.g. "还有 {0} 个启用的用户账号".
	 */
	String messageKey();

}
