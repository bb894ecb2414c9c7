package org.anwei.duban.organization.ui;

import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.QueryParameters;

import org.anwei.duban.organization.DepartmentRef;

/**
 * A department in a list's address ({@code ?department=YJJ}): by its code, which stays
 * the same across installations and reads better in a shared link than an id. Only a
 * department among the filter's choices is taken, so an address cannot widen what a user
 * sees.
 */
public final class DepartmentParameter {

	public static final String NAME = "department";

	private DepartmentParameter() {
	}

	/** The department the address names, if it is one of the choices. */
	public static Optional<DepartmentRef> read(QueryParameters parameters, ComboBox<DepartmentRef> choices) {
		return parameters.getSingleParameter(NAME)
			.flatMap(code -> choices.getListDataView().getItems().filter(d -> d.code().equals(code)).findFirst());
	}

}
