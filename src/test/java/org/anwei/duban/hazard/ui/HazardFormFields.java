package org.anwei.duban.hazard.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;

import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.hazard.HazardSource;
import org.anwei.duban.hazard.HazardType;
import org.anwei.duban.organization.DepartmentRef;

/** Fills the hazard form for screens of other modules that open it (inspections). */
public final class HazardFormFields {

	private HazardFormFields() {
	}

	/** The fields a general hazard needs that a finding does not bring along. */
	public static void fill(HazardFormDialog form, DepartmentRef responsible, LocalDate timeLimit) {
		form.address.setValue("工业园区 12 号");
		form.industry.setValue(DirectiveCategory.INDUSTRY_DUST);
		form.type.setValue(HazardType.MANAGEMENT);
		form.description.setValue("除尘系统未设置泄爆装置。");
		form.responsible.setValue(responsible);
		form.timeLimit.setValue(timeLimit);
	}

	public static HazardSource source(HazardFormDialog form) {
		return form.source.getValue();
	}

	public static String unit(HazardFormDialog form) {
		return form.unitName.getValue();
	}

	public static Button save(HazardFormDialog form) {
		return form.save;
	}

}
