package org.anwei.duban.base.importing;

/** Import was asked for a file whose preview has errors; nothing was saved. */
public class ImportRejectedException extends RuntimeException {

	private final ImportPreview<?> preview;

	public ImportRejectedException(ImportPreview<?> preview) {
		super(preview.errorRowCount() + " rows have errors");
		this.preview = preview;
	}

	public ImportPreview<?> preview() {
		return this.preview;
	}

}
