package org.anwei.duban.extension.ui;

import java.time.LocalDate;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.FormErrors;

/** The responsible department asks for more time: a reason and a later date. */
public class ExtensionDialog extends Dialog {

	public final TextArea reason = new TextArea();

	public final DatePicker deadline = new DatePicker();

	public final Button send = new Button();

	private final FormErrors errors = new FormErrors(this);

	public ExtensionDialog(LocalDate current, BiConsumer<String, LocalDate> onSend) {
		setHeaderTitle(getTranslation("extension.request"));
		setWidth("min(36rem, 100vw)");
		this.reason.setLabel(getTranslation("field.extension.reason"));
		this.reason.setWidthFull();
		this.reason.setId("extension-reason");
		this.deadline.setLabel(getTranslation("field.extension.deadline"));
		this.deadline.setMin(current.plusDays(1));
		this.deadline.setId("extension-deadline");
		this.errors.bind("extension.reason", this.reason).bind("extension.deadline", this.deadline);
		add(this.reason, this.deadline);
		this.send.setText(getTranslation("extension.request"));
		this.send.setId("extension-send");
		this.send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.send.addClickListener(e -> {
			try {
				onSend.accept(this.reason.getValue(), this.deadline.getValue());
				close();
			}
			catch (ValidationException ex) {
				this.errors.show(ex);
			}
			catch (ConcurrentEditException ex) {
				// Someone acted on the record meanwhile: say so and keep the input.
				this.errors.show(ex);
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), this.send);
	}

}
