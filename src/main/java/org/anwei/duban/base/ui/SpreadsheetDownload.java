package org.anwei.duban.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A button that exports an Excel workbook in the background (see {@link BackgroundWork}):
 * what to export is taken when it is clicked — the filter on screen, the user's language
 * — and the workbook is streamed to a temporary file, so memory stays bounded whatever
 * its size, then offered for download while the user has gone on working.
 */
public final class SpreadsheetDownload {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** What an export writes, fixed when the user clicks. */
	public record Prepared(String fileName, BackgroundWork.Writer writer) {
	}

	/** Fixes the export in the UI's thread, for the user's language. */
	@FunctionalInterface
	public interface Export {

		Prepared prepare(Locale locale);

	}

	private SpreadsheetDownload() {
	}

	public static Button of(BackgroundWork background, String id, String label, Export export) {
		Button button = new Button(label, VaadinIcon.DOWNLOAD_ALT.create());
		button.setId(id);
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		button.addClickListener(e -> {
			UI ui = UI.getCurrent();
			Prepared prepared = export.prepare(ui.getLocale());
			background.download(ui, label, prepared.fileName(), XLSX, prepared.writer());
		});
		return button;
	}

}
