package org.anwei.duban.organization;

import java.util.Locale;

/** What kind of unit a department is; decides how it is grouped in lists and rankings. */
public enum DepartmentType {

	/** 安委会成员单位: a government department that sits on the safety committee. */
	COMMITTEE_MEMBER,
	/** 区县政府: a district or county government, responsible for its territory. */
	DISTRICT_GOVERNMENT,
	/** 企业: a state-owned or key enterprise (供电公司, 燃气集团 …). */
	ENTERPRISE,
	/** 其他. */
	OTHER;

	public String labelKey() {
		return "department.type." + name().toLowerCase(Locale.ROOT);
	}

}
