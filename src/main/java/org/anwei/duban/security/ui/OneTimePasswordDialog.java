package org.anwei.duban.security.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Shows one-time passwords once, right after accounts were created or reset. They are not
 * stored in clear anywhere, so the admin passes them on now; each user must change theirs
 * at first login.
 */
class OneTimePasswordDialog extends Dialog {

	record Credential(String username, String password) {
	}

	OneTimePasswordDialog(List<Credential> credentials) {
		setId("one-time-password-dialog");
		setHeaderTitle(getTranslation("user.one-time-password.title"));
		setWidth("min(36rem, 95vw)");
		add(new Paragraph(getTranslation("user.one-time-password.note")));
		Grid<Credential> grid = new Grid<>();
		grid.setEmptyStateText(getTranslation("user.one-time.empty"));
		grid.addColumn(Credential::username).setHeader(getTranslation("field.user.username"));
		grid.addColumn(Credential::password).setHeader(getTranslation("field.user.password"));
		grid.setItems(credentials);
		grid.setAllRowsVisible(credentials.size() <= 10);
		grid.setId("one-time-passwords");
		add(grid);
		Button done = new Button(getTranslation("action.done"), e -> close());
		done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(done);
	}

}
