package org.anwei.duban.hazard.ui;

import java.util.List;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;

import org.anwei.duban.organization.DepartmentRef;

/**
 * The ledger's filter fields, set up the same wherever hazards are filtered (the list,
 * the map): "全部…" for no choice, and the responsible department by name, found back from
 * its code in the address.
 */
final class LedgerFilters {

	private LedgerFilters() {
	}

	static <T> void choices(Select<T> select, T[] values, String labelKey, ItemLabelGenerator<T> labels) {
		String any = select.getTranslation("hazard.any", select.getTranslation(labelKey));
		select.setItems(values);
		select.setAriaLabel(select.getTranslation(labelKey));
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(any);
		select.setItemLabelGenerator(v -> v == null ? any : labels.apply(v));
	}

	/**
	 * The active departments to choose from; hidden for a liaison, who sees only their
	 * own.
	 */
	static void departments(ComboBox<DepartmentRef> department, List<DepartmentRef> directory, boolean liaison) {
		String label = department.getTranslation("field.hazard.responsibleDepartment");
		department.setPlaceholder(label);
		department.setAriaLabel(label);
		department.setItems(directory.stream().filter(DepartmentRef::active).toList());
		department.setItemLabelGenerator(DepartmentRef::name);
		department.setClearButtonVisible(true);
		department.setVisible(!liaison);
	}

}
