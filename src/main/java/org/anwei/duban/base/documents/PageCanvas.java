package org.anwei.duban.base.documents;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A box of a {@link PdfComposer}'s current page to draw on, origin at its lower left. */
final class PageCanvas implements PdfComposer.Canvas {

	private final PdfComposer composer;

	private final PDPageContentStream out;

	private final float left;

	private final float bottom;

	private final float width;

	private final float height;

	PageCanvas(PdfComposer composer, PDPageContentStream out, float left, float bottom, float width, float height) {
		this.composer = composer;
		this.out = out;
		this.left = left;
		this.bottom = bottom;
		this.width = width;
		this.height = height;
	}

	@Override
	public float width() {
		return this.width;
	}

	@Override
	public float height() {
		return this.height;
	}

	@Override
	public void rect(float x, float y, float w, float h, Color fill) {
		try {
			PDPageContentStream out = this.out;
			out.setNonStrokingColor(fill);
			out.addRect(this.left + x, this.bottom + y, w, h);
			out.fill();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void line(float x1, float y1, float x2, float y2, Color color) {
		try {
			PDPageContentStream out = this.out;
			out.setStrokingColor(color);
			out.setLineWidth(0.5f);
			out.moveTo(this.left + x1, this.bottom + y1);
			out.lineTo(this.left + x2, this.bottom + y2);
			out.stroke();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void text(String text, float x, float y, float size, PdfComposer.Align align, Color color) {
		try {
			String printable = this.composer.printable(text);
			float w = this.composer.width(printable, size);
			float start = switch (align) {
				case LEFT -> x;
				case CENTER -> x - w / 2;
				case RIGHT -> x - w;
			};
			PDPageContentStream out = this.out;
			out.setNonStrokingColor(color);
			out.beginText();
			out.setFont(this.composer.font(), size);
			out.newLineAtOffset(this.left + start, this.bottom + y);
			out.showText(printable);
			out.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public float textWidth(String text, float size) {
		try {
			return this.composer.width(this.composer.printable(text), size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
