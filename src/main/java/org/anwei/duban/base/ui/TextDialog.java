package org.anwei.duban.base.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;

/**
 * Asks for one text before an action: a reason to return or cancel, a review comment, a
 * leader's instruction. The action runs in {@code onConfirm}; its errors stay in the
 * dialog with the text.
 */
public class TextDialog extends Dialog {

	public final TextArea text = new TextArea();

	public final Button confirm = new Button();

	private final FormErrors errors = new FormErrors(this);

	public TextDialog(String titleKey, String labelKey, String fieldKey, boolean required, Consumer<String> onConfirm) {
		setHeaderTitle(getTranslation(titleKey));
		setWidth("min(36rem, 100vw)");
		this.text.setLabel(getTranslation(labelKey));
		this.text.setRequiredIndicatorVisible(required);
		this.text.setWidthFull();
		this.text.setId("text-dialog-text");
		this.errors.bind(fieldKey, this.text);
		add(this.text);
		this.confirm.setText(getTranslation(titleKey));
		this.confirm.setId("text-dialog-confirm");
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.addClickListener(e -> {
			try {
				onConfirm.accept(this.text.getValue());
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
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), this.confirm);
	}

}
