package org.anwei.duban.meeting.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import org.anwei.duban.directive.extraction.DepartmentMention;
import org.anwei.duban.directive.extraction.ExtractedDirective;

/**
 * The requirements found in a document, in document order: marker, text, responsible
 * units (lead first, → the directory's current name), deadline, topics and how sure the
 * engine is.
 */
class ExtractionPreview extends Grid<ExtractedDirective> {

	ExtractionPreview() {
		setId("extraction-preview");
		addColumn(ExtractedDirective::seq).setHeader("#").setWidth("3.5em").setFlexGrow(0);
		addColumn(d -> d.marker() == null ? "" : d.marker()).setHeader(getTranslation("directive.marker"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(ExtractedDirective::text).setHeader(getTranslation("directive.text")).setFlexGrow(4);
		addColumn(d -> departments(d.departments())).setHeader(getTranslation("directive.departments")).setFlexGrow(2);
		addColumn(d -> d.deadline() == null ? ""
				: d.deadline().date() != null ? d.deadline().date().toString() : d.deadline().recurrence())
			.setHeader(getTranslation("directive.deadline"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(d -> String.join("、", d.categories())).setHeader(getTranslation("directive.categories"));
		addColumn(d -> Math.round(d.confidence() * 100) + "%").setHeader(getTranslation("directive.confidence"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		setAllRowsVisible(true);
	}

	private String departments(List<DepartmentMention> mentions) {
		return mentions.stream()
			.map(m -> (m.department() == null || m.department().equals(m.mention()) ? m.mention()
					: m.mention() + "→" + m.department())
					+ (m.role() == DepartmentMention.Role.ASSIST ? getTranslation("directive.assist") : ""))
			.collect(Collectors.joining("、"));
	}

}
