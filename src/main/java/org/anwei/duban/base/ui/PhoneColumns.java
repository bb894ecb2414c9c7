package org.anwei.duban.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A list that fits a phone. On a window narrower than {@link #PHONE_WIDTH} the grid keeps
 * the columns that matter, hides the others, and shows their values as a second line
 * under the main column's text — the row's details, readable without scrolling sideways.
 * On a wider window the grid is unchanged. The width is read when the grid is attached
 * and again whenever the window is resized (a phone turned sideways).
 */
public final class PhoneColumns<T> {

	/** Below this window width (CSS pixels) the grid folds. */
	public static final int PHONE_WIDTH = 640;

	private final Grid.Column<T> main;

	private final Grid.Column<T> folded;

	private final List<Grid.Column<T>> secondary;

	private boolean phone;

	private PhoneColumns(Grid<T> grid, Grid.Column<T> main, ValueProvider<T, String> mainText, Cell<T> cell,
			ValueProvider<T, String> details, List<Grid.Column<T>> secondary) {
		this.main = main;
		this.secondary = List.copyOf(secondary);
		LitRenderer<T> renderer = LitRenderer.<T>of("<div class=\"phone-row\"><div class=\"phone-row-main\">"
				+ cell.template("item.main") + "</div><div class=\"phone-row-details\">${item.details}</div></div>");
		cell.bind(renderer);
		this.folded = grid
			.addColumn(renderer.withProperty("main", item -> Objects.toString(mainText.apply(item), ""))
				.withProperty("details", item -> Objects.toString(details.apply(item), "")))
			.setHeader(main.getHeaderText())
			.setFlexGrow(Math.max(1, main.getFlexGrow()));
		this.folded.setVisible(false);
		this.folded.setKey(main.getKey() == null ? "phone-row" : main.getKey() + "-phone");
		List<Grid.Column<T>> order = new ArrayList<>(grid.getColumns());
		order.remove(this.folded);
		order.add(order.indexOf(main) + 1, this.folded);
		grid.setColumnOrder(order);
		grid.addAttachListener(attach -> {
			Page page = attach.getUI().getPage();
			int width = page.getExtendedClientDetails().getWindowInnerWidth();
			if (width > 0) {
				show(width);
			}
			else {
				page.retrieveExtendedClientDetails(details1 -> show(details1.getWindowInnerWidth()));
			}
			var resizing = page.addBrowserWindowResizeListener(resize -> show(resize.getWidth()));
			grid.addDetachListener(detach -> {
				resizing.remove();
				detach.unregisterListener();
			});
		});
	}

	/**
	 * Folds the grid on phones.
	 * @param main the column that stays, and under whose text the rest is shown
	 * @param mainText the main column's text
	 * @param cell how the main text is shown (the same as in the main column)
	 * @param details the hidden columns' values as one short line
	 * @param secondary the columns hidden on a phone
	 */
	@SafeVarargs
	public static <T> PhoneColumns<T> fold(Grid<T> grid, Grid.Column<T> main, ValueProvider<T, String> mainText,
			Cell<T> cell, ValueProvider<T, String> details, Grid.Column<T>... secondary) {
		return new PhoneColumns<>(grid, main, mainText, cell, details, List.of(secondary));
	}

	/** The main column for the desk: the text shown as the cell says. */
	public static <T> LitRenderer<T> mainColumn(ValueProvider<T, String> text, Cell<T> cell) {
		LitRenderer<T> renderer = LitRenderer.<T>of(cell.template("item.main"))
			.withProperty("main", item -> Objects.toString(text.apply(item), ""));
		cell.bind(renderer);
		return renderer;
	}

	/**
	 * How a row's main text is shown: plain, as a link to the row's page, or as a button
	 * that opens the row. A link or a button is what a keyboard reaches and a screen
	 * reader announces; a click elsewhere on the row still opens it for the mouse.
	 */
	public interface Cell<T> {

		/** The Lit template showing the text held in the given expression. */
		String template(String text);

		/** Adds what the template needs to the renderer. */
		void bind(LitRenderer<T> renderer);

		static <T> Cell<T> text() {
			return new Cell<>() {
				@Override
				public String template(String text) {
					return "${" + text + "}";
				}

				@Override
				public void bind(LitRenderer<T> renderer) {
				}
			};
		}

		static <T> Cell<T> link(ValueProvider<T, String> href) {
			return new Cell<>() {
				@Override
				public String template(String text) {
					return "<a href=\"${item.href}\">${" + text + "}</a>";
				}

				@Override
				public void bind(LitRenderer<T> renderer) {
					renderer.withProperty("href", href);
				}
			};
		}

		static <T> Cell<T> opens(SerializableConsumer<T> open) {
			return new Cell<>() {
				@Override
				public String template(String text) {
					return "<vaadin-button theme=\"tertiary-inline\" class=\"row-action\" @click=${open}>${" + text
							+ "}</vaadin-button>";
				}

				@Override
				public void bind(LitRenderer<T> renderer) {
					renderer.withFunction("open", open);
				}
			};
		}

	}

	/** Whether the grid is folded for a phone now. */
	public boolean folded() {
		return this.phone;
	}

	void show(int windowWidth) {
		this.phone = windowWidth > 0 && windowWidth < PHONE_WIDTH;
		this.main.setVisible(!this.phone);
		this.folded.setVisible(this.phone);
		this.secondary.forEach(column -> column.setVisible(!this.phone));
	}

}
