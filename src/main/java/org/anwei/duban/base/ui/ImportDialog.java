package org.anwei.duban.base.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.anwei.duban.base.importing.ImportColumn;
import org.anwei.duban.base.importing.ImportFileException;
import org.anwei.duban.base.importing.ImportPreview;
import org.anwei.duban.base.importing.ImportRejectedException;
import org.anwei.duban.base.importing.ImportRow;
import org.anwei.duban.base.importing.TabularFile;
import org.jspecify.annotations.Nullable;

/**
 * Import from Excel/CSV in two steps: upload → preview (every row with what it will do
 * and its errors) → import. The import button is enabled only when every row is valid,
 * and the service imports all rows or none.
 *
 * @param <T> what a row becomes
 * @param <R> what the import returns
 */
public class ImportDialog<T, R> extends Dialog {

	private final Function<byte[], ImportPreview<T>> preview;

	private final Function<byte[], R> importer;

	private final @Nullable Function<byte[], R> validRowsImporter;

	/** Offered when some rows are wrong: import the valid ones and leave the rest. */
	private final Checkbox validRowsOnly = new Checkbox();

	private final Consumer<R> onImported;

	private final Grid<ImportRow<T>> grid = new Grid<>();

	private final Span summary = new Span();

	private final Button importButton = new Button();

	/** The file to import, in a temporary file until the dialog closes. */
	private final ReceivedFiles received = new ReceivedFiles(TabularFile.MAX_BYTES, 1);

	public ImportDialog(String title, List<ImportColumn> columns, Function<byte[], ImportPreview<T>> preview,
			Function<byte[], R> importer, Consumer<R> onImported) {
		this(title, columns, preview, importer, null, onImported);
	}

	/**
	 * @param validRowsImporter imports only the valid rows of a file with errors, when
	 * the user asks for it; null where an import must be all or nothing
	 */
	public ImportDialog(String title, List<ImportColumn> columns, Function<byte[], ImportPreview<T>> preview,
			Function<byte[], R> importer, @Nullable Function<byte[], R> validRowsImporter, Consumer<R> onImported) {
		this.preview = preview;
		this.importer = importer;
		this.validRowsImporter = validRowsImporter;
		this.onImported = onImported;
		setHeaderTitle(title);
		setWidth("min(60rem, 95vw)");
		setId("import-dialog");

		Paragraph help = new Paragraph(getTranslation("import.help",
				columns.stream()
					.map(c -> c.templateHeader() + (c.required() ? "*" : ""))
					.collect(Collectors.joining("、")),
				TabularFile.MAX_ROWS));
		help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);

		Upload upload = UploadTexts.localize(new Upload());
		upload.setUploadHandler(this.received.handler(upload, file -> preview(file.bytes())));
		upload.setMaxFiles(1);
		upload.setMaxFileSize(TabularFile.MAX_BYTES);
		upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv", ".txt");
		upload.addFileRejectedListener(e -> Notifications
			.error(getTranslation("import.error.too-large", TabularFile.MAX_BYTES / (1024 * 1024))));

		this.grid.setEmptyStateText(getTranslation("import.empty"));
		this.grid.addColumn(ImportRow::rowNumber)
			.setHeader(getTranslation("import.row"))
			.setWidth("5em")
			.setFlexGrow(0);
		this.grid.addColumn(row -> getTranslation(row.action().labelKey()))
			.setHeader(getTranslation("import.action"))
			.setWidth("6em")
			.setFlexGrow(0);
		this.grid.addColumn(row -> String.join(" | ", row.source().cells().values()))
			.setHeader(getTranslation("import.content"));
		this.grid.addColumn(this::errorText)
			.setHeader(getTranslation("import.errors"))
			.setPartNameGenerator(r -> "error-text");
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setHeight("20rem");
		this.grid.setId("import-preview");
		this.summary.setId("import-summary");

		this.validRowsOnly.setId("import-valid-rows-only");
		this.validRowsOnly.setVisible(false);
		this.validRowsOnly.addValueChangeListener(e -> this.importButton.setEnabled(e.getValue()));
		VerticalLayout body = new VerticalLayout(help, upload, this.summary, this.validRowsOnly, this.grid);
		body.setPadding(false);
		add(body);

		this.importButton.setText(getTranslation("import.confirm"));
		this.importButton.setId("import-confirm");
		this.importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.importButton.setEnabled(false);
		this.importButton.addClickListener(e -> runImport());
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), this.importButton);
	}

	/**
	 * Checks an uploaded file and shows the preview. Public so UI tests can feed a file
	 * without a browser.
	 */
	public void receive(byte[] data) {
		this.received.discard();
		this.received.add("import", data);
		preview(data);
	}

	private void preview(byte[] data) {
		try {
			show(this.preview.apply(data));
		}
		catch (ImportFileException ex) {
			this.grid.setItems(List.of());
			this.importButton.setEnabled(false);
			this.summary.setText(getTranslation(ex.messageKey(), ex.arguments().toArray()));
			this.summary.getElement().setAttribute("theme", "badge error");
		}
	}

	private void show(ImportPreview<T> result) {
		this.grid.setItems(result.rows());
		boolean ok = result.acceptable();
		this.importButton.setEnabled(ok);
		long valid = result.rows().size() - result.errorRowCount();
		this.validRowsOnly.setValue(false);
		this.validRowsOnly.setVisible(!ok && this.validRowsImporter != null && valid > 0);
		this.validRowsOnly.setLabel(getTranslation("import.valid-rows-only", valid));
		long unchanged = result.count(org.anwei.duban.base.importing.ImportAction.UNCHANGED);
		this.summary.setText(getTranslation(ok ? "import.summary.ok" : "import.summary.errors", result.rows().size(),
				result.count(org.anwei.duban.base.importing.ImportAction.CREATE),
				result.count(org.anwei.duban.base.importing.ImportAction.UPDATE), result.errorRowCount())
				+ (unchanged > 0 ? " " + getTranslation("import.summary.unchanged", unchanged) : ""));
		this.summary.getElement().setAttribute("theme", ok ? "badge success" : "badge error");
	}

	private void runImport() {
		if (this.received.files().isEmpty()) {
			return;
		}
		try {
			byte[] file = this.received.files().getFirst().bytes();
			R result = this.validRowsOnly.getValue() && this.validRowsImporter != null
					? this.validRowsImporter.apply(file) : this.importer.apply(file);
			close();
			this.onImported.accept(result);
		}
		catch (ImportRejectedException ex) {
			@SuppressWarnings("unchecked")
			ImportPreview<T> rejected = (ImportPreview<T>) ex.preview();
			show(rejected);
		}
		catch (ImportFileException ex) {
			Notifications.error(getTranslation(ex.messageKey(), ex.arguments().toArray()));
		}
	}

	private String errorText(ImportRow<T> row) {
		return row.errors().stream().map(e -> ErrorMessages.of(this, e)).collect(Collectors.joining("；"));
	}

	public Button importButton() {
		return this.importButton;
	}

}
