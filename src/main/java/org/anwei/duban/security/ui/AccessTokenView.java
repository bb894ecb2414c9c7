package org.anwei.duban.security.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.security.AccessTokenItem;
import org.anwei.duban.security.AccessTokenService;
import org.anwei.duban.security.CreatedAccessToken;

/**
 * The user's personal access tokens for the REST API (mobile clients, integrations):
 * create one (its secret is shown once), see when each was last used, revoke.
 */
@Route("tokens")
@PermitAll
public class AccessTokenView extends VerticalLayout implements HasDynamicTitle {

	final Grid<AccessTokenItem> grid = new Grid<>();

	final TextField name = new TextField();

	final Select<Integer> validity = new Select<>();

	final Button create = new Button();

	private final AccessTokenService tokens;

	private final FormErrors errors = new FormErrors(this);

	AccessTokenView(AccessTokenService tokens, Clock clock) {
		this.tokens = tokens;
		add(new Paragraph(getTranslation("token.explain")));
		this.name.setLabel(getTranslation("field.token.name"));
		this.name.setId("token-name");
		this.validity.setLabel(getTranslation("field.token.validDays"));
		this.validity.setItems(30, 90, 365);
		this.validity.setEmptySelectionAllowed(true);
		this.validity.setEmptySelectionCaption(getTranslation("token.until-revoked"));
		this.validity.setItemLabelGenerator(
				d -> d == null ? getTranslation("token.until-revoked") : getTranslation("token.days", d));
		this.validity.setValue(90);
		this.create.setText(getTranslation("token.create"));
		this.create.setId("token-create");
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener(e -> create());
		this.errors.bind("token.name", this.name).bind("token.validDays", this.validity);
		HorizontalLayout form = new HorizontalLayout(this.name, this.validity, this.create);
		form.setAlignItems(Alignment.BASELINE);
		form.setWrap(true);
		this.grid.setId("token-grid");
		this.grid.setEmptyStateText(getTranslation("token.empty"));
		this.grid.addColumn(t -> t.name() + " (" + t.prefix() + "…)").setHeader(getTranslation("field.token.name"));
		this.grid.addColumn(t -> t.lastUsedAt() == null ? "—" : DisplayTime.minutes(t.lastUsedAt()))
			.setHeader(getTranslation("token.last-used"));
		this.grid
			.addColumn(t -> t.active(clock.instant()) ? (t.expiresAt() == null ? getTranslation("token.until-revoked")
					: DisplayTime.minutes(t.expiresAt())) : getTranslation("token.inactive"))
			.setHeader(getTranslation("token.expires"));
		this.grid.addComponentColumn(t -> {
			Button revoke = new Button(getTranslation("token.revoke"), e -> {
				this.tokens.revoke(t.id());
				refresh();
			});
			revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
			revoke.setEnabled(t.active(clock.instant()));
			return revoke;
		}).setAutoWidth(true).setFlexGrow(0);
		this.grid.setAllRowsVisible(true);
		add(form, this.grid);
		refresh();
	}

	private void create() {
		try {
			CreatedAccessToken created = this.tokens.create(this.name.getValue(), this.validity.getValue());
			this.errors.clear();
			this.name.clear();
			refresh();
			Dialog shown = new Dialog();
			shown.setId("token-secret-dialog");
			shown.setHeaderTitle(getTranslation("token.created"));
			TextField secret = new TextField();
			secret.setId("token-secret");
			secret.setValue(created.secret());
			secret.setReadOnly(true);
			secret.setWidthFull();
			shown.add(new Paragraph(getTranslation("token.copy-now")), secret);
			shown.getFooter().add(new Button(getTranslation("action.done"), e -> shown.close()));
			shown.open();
		}
		catch (ValidationException ex) {
			this.errors.show(ex);
		}
	}

	private void refresh() {
		this.grid.setItems(this.tokens.mine());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("token.title");
	}

}
